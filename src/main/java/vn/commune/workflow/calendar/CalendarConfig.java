package vn.commune.workflow.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfig {

    @Bean
    WorkingCalendar workingCalendar(CalendarEntries entries) {
        return new WorkingCalendar(entries::forYear, entries::recurringIn);
    }
}
