package vn.commune.workflow.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.commune.workflow.digest.DigestSender;
import vn.commune.workflow.plantask.PlanTaskModel;

/**
 * The round as main has it: one reminder timer per office share in {@code PlanTask}, fired by the job executor at
 * 08:00, each recording its reminder and a notice; the daily digest (08:30) then gathers the notices into one email
 * per person.
 */
final class TimerRound implements ReminderRound {

    private final JobsDue jobs;
    private final JdbcClient jdbc;
    private final DigestSender digests;

    TimerRound(JobsDue jobs, JdbcClient jdbc, DigestSender digests) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.digests = digests;
    }

    @Override
    public String describe() {
        return "per-share timers of PlanTask (TimerEvent_ReminderDue) + DigestSender.sendDaily";
    }

    @Override
    public Outcome run(Instant at) throws Exception {
        long noticesBefore = count("select count(*) from deadline_notice");
        long start = System.nanoTime();
        jobs.fireAt(at);
        long failed = jobs.awaitDone(PlanTaskModel.PROCESS_KEY, at, Duration.ofMinutes(20));
        Instant digestTime = at.plus(Duration.ofMinutes(30));
        ClockUtil.setCurrentTime(java.util.Date.from(digestTime));
        digests.sendDaily();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long reminders = count("select count(*) from deadline_notice") - noticesBefore;
        long queued = jdbc.sql("select count(*) from outbox_email where kind = 'DIGEST' and created_at >= ?")
                .param(Timestamp.from(at))
                .query(Long.class)
                .single();
        long most = jdbc.sql("""
                        select coalesce(max(n), 0) from (select count(*) as n from outbox_email
                         where kind = 'DIGEST' and created_at >= ? group by recipient_user) d""").param(Timestamp.from(at)).query(Long.class).single();
        return new Outcome(took, reminders, queued, most, failed);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
