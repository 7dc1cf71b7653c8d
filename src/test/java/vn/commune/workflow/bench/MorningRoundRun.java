package vn.commune.workflow.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.commune.workflow.morninground.MorningRoundModel;

/**
 * The product's round: the {@code MorningRound} process, started by its 08:00 timer on the job executor, records
 * every due reminder and late share over the product's tables, sends the gathered escalations and each person's
 * one digest.
 */
final class MorningRoundRun implements ReminderRound {

    private final JobsDue jobs;
    private final JdbcClient jdbc;

    MorningRoundRun(JobsDue jobs, JdbcClient jdbc) {
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    @Override
    public String describe() {
        return "the MorningRound process (timer, three set-based steps, one digest a person)";
    }

    @Override
    public Outcome run(Instant at) throws Exception {
        long noticesBefore = count("select count(*) from deadline_notice");
        long start = System.nanoTime();
        jobs.fireAt(at);
        long failed = jobs.awaitDone(MorningRoundModel.PROCESS_KEY, at, Duration.ofMinutes(20));
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
