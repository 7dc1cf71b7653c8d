package vn.commune.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Until the app is ready, a person gets a short 503 in Vietnamese, not a 401; load balancers ask the probe. */
class ReadinessGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

    @Test
    void whileStartingEveryRequestButTheProbesIsAnsweredWithAShort503() throws Exception {
        MockHttpServletResponse tasklist = call("/engine-rest/task");
        assertThat(tasklist.getStatus()).isEqualTo(503);
        assertThat(tasklist.getHeader("Retry-After")).isEqualTo("5");
        assertThat(tasklist.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Hệ thống đang khởi động");
        assertThat(call("/actuator/health/readiness").getStatus()).isEqualTo(200);
    }

    @Test
    void onceReadyRequestsGoThrough() throws Exception {
        StaticApplicationContext context = new StaticApplicationContext();
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(context, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(call("/engine-rest/task").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ReadinessGate((ApplicationAvailability) availability)
                .doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }
}
