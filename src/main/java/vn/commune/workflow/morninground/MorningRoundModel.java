package vn.commune.workflow.morninground;

/** The names bpmn/MorningRound.bpmn gives what Java refers to. */
public final class MorningRoundModel {

    public static final String PROCESS_KEY = "MorningRound";
    /** Timer start event: 08:00 Vietnam time, every day. */
    public static final String MORNING = "StartEvent_Morning";
    /** Set-based: new assignments, due reminders, shares that went late. */
    public static final String RECORD_DEADLINES = "Task_RecordDeadlines";
    /** One escalation email per person, listing every share that went late. */
    public static final String ESCALATE_OVERDUE = "Task_EscalateOverdue";
    /** One digest per person and day. */
    public static final String SEND_DIGESTS = "Task_SendDigests";
    /** The Vietnam date the round is for (ISO), fixed when it starts: a retry after midnight is still that day's. */
    public static final String DAY = "day";

    private MorningRoundModel() {}
}
