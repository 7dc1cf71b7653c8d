package vn.commune.workflow.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The engine's job executor, woken at a moved clock, and a wait until a definition's due jobs are done. */
final class JobsDue {

    private final ProcessEngineConfigurationImpl engine;
    private final JdbcClient jdbc;

    JobsDue(ProcessEngineConfigurationImpl engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** Moves the engine's clock and wakes the job executor (started if it is not running). */
    void fireAt(Instant at) {
        ClockUtil.setCurrentTime(java.util.Date.from(at));
        JobExecutor executor = engine.getJobExecutor();
        if (executor.isActive()) {
            executor.jobWasAdded();
        } else {
            executor.start();
        }
    }

    void stop() {
        JobExecutor executor = engine.getJobExecutor();
        if (executor.isActive()) {
            executor.shutdown();
        }
    }

    /** Waits until no job of the definition due at {@code at} is left to run (failed ones aside); returns the failed. */
    long awaitDone(String processDefinitionKey, Instant at, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (left(processDefinitionKey, at) > 0) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException(left(processDefinitionKey, at) + " jobs of " + processDefinitionKey
                        + " still due after " + timeout);
            }
            Thread.sleep(100);
        }
        return jdbc.sql("select count(*) from act_ru_job where process_def_key_ = ? and exception_msg_ is not null")
                .param(processDefinitionKey)
                .query(Long.class)
                .single();
    }

    /** Jobs of the definition that are due at {@code at}. */
    long dueAt(String processDefinitionKey, Instant at) {
        return left(processDefinitionKey, at);
    }

    private long left(String processDefinitionKey, Instant at) {
        return jdbc.sql("""
                        select count(*) from act_ru_job where process_def_key_ = ? and (duedate_ is null or duedate_ <= ?)
                           and retries_ > 0 and exception_msg_ is null""")
                .params(processDefinitionKey, Timestamp.from(at))
                .query(Long.class)
                .single();
    }
}
