package vn.commune.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;

/** A load balancer asks whether the app is ready without logging in, and learns nothing else of it. */
class ReadinessProbeTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void theReadinessProbeAnswersWithoutLoginAndTheRestOfTheActuatorIsClosed() throws Exception {
        AppHttp anonymous = new AppHttp(port);
        var readiness = anonymous.get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"").doesNotContain("components");
        assertThat(anonymous.get("/actuator/env", null).statusCode()).isIn(401, 404);
        assertThat(anonymous.get("/actuator/env", "admin").statusCode()).isEqualTo(404);
    }
}
