package vn.commune.workflow.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * The morning reminder round as the branch under test gives it. The benchmark measures whatever implementation it
 * is pointed at: {@link MorningRoundRun} is the product's set-based MorningRound; a later round
 * gets its own implementation here.
 */
interface ReminderRound {

    String describe();

    /**
     * Lets the round due at {@code at} (08:00 Vietnam time) happen and returns once every due reminder is recorded
     * and the day's digests are in the outbox.
     */
    Outcome run(Instant at) throws Exception;

    /** How long it took, how many reminders were recorded, digests queued, and the most digests one person got. */
    record Outcome(Duration took, long reminders, long digests, long mostDigestsForOnePerson, long failedJobs) {}
}
