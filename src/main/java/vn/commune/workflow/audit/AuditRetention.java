package vn.commune.workflow.audit;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the audit trail for workflow.audit.retention (a year by default), purging older rows every night. */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(JdbcClient jdbc, AuditProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${workflow.audit.purge-cron}", zone = "Asia/Ho_Chi_Minh")
    void purgeNightly() {
        int purged = purge();
        log.info("Audit trail: {} rows older than {} purged", purged, properties.retention());
    }

    /** Deletes the rows older than the retention; returns how many. */
    int purge() {
        return jdbc.sql("delete from audit_event where occurred_at < ?")
                .param(Timestamp.from(clock.instant().minus(properties.retention())))
                .update();
    }
}
