package vn.commune.workflow.system;

/**
 * Something the domain refuses to do, with the Vietnamese reason a person can act on. Services throw it;
 * {@code web/ApiErrors} alone decides which HTTP status each reason becomes.
 */
public class Refusal extends RuntimeException {

    public enum Reason {
        /** The thing asked for does not exist (or is not the asker's to know of). */
        NOT_FOUND,
        /** The asker's role does not allow it. */
        NOT_ALLOWED,
        /** The request breaks a rule of the domain; nothing was changed. */
        INVALID,
        /** The request clashes with what happened meanwhile or with what is stored. */
        CONFLICT
    }

    private final Reason reason;

    public Refusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static Refusal notFound(String message) {
        return new Refusal(Reason.NOT_FOUND, message);
    }

    public static Refusal notAllowed(String message) {
        return new Refusal(Reason.NOT_ALLOWED, message);
    }

    public static Refusal invalid(String message) {
        return new Refusal(Reason.INVALID, message);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Reason.CONFLICT, message);
    }
}
