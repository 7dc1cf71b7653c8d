package vn.commune.workflow.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param retention how long an audit row is kept; older rows are purged nightly */
@ConfigurationProperties("workflow.audit")
record AuditProperties(Duration retention) {

    AuditProperties {
        if (retention == null) {
            retention = Duration.ofDays(365);
        }
    }
}
