package vn.commune.workflow.plan;

import java.util.List;
import vn.commune.workflow.system.Problem;

/** The plan cannot be stored as it is; nothing was changed. */
public class InvalidPlanException extends RuntimeException {

    private final List<Problem> problems;
    private final boolean conflict;

    public InvalidPlanException(List<Problem> problems) {
        this(problems, false);
    }

    /** @param conflict the plan clashes with one already stored (the same document imported twice) */
    public InvalidPlanException(List<Problem> problems, boolean conflict) {
        super(problems.stream()
                .map(p -> p.where() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    public boolean conflict() {
        return conflict;
    }

    public List<Problem> problems() {
        return problems;
    }
}
