package vn.commune.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.commune.workflow.calendar.VietnamTime;

/** One "now" for the app and the engine, moved by tests; times are given in Vietnam's time. */
public final class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static void setVietnamTime(LocalDateTime vietnamTime) {
        ClockUtil.setCurrentTime(Date.from(vietnamTime.atZone(VietnamTime.ZONE).toInstant()));
    }

    public static void set(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public static void reset() {
        ClockUtil.reset();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        Clock engineClock() {
            return new EngineClock();
        }
    }
}
