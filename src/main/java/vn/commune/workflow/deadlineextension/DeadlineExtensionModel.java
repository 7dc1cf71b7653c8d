package vn.commune.workflow.deadlineextension;

/** The names bpmn/DeadlineExtension.bpmn gives what Java refers to. */
public final class DeadlineExtensionModel {

    public static final String PROCESS_KEY = "DeadlineExtension";
    /** The leadership grants or refuses an office's request for a later deadline. */
    public static final String DECIDE = "Task_DecideExtension";

    private DeadlineExtensionModel() {}
}
