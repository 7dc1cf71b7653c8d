package vn.commune.workflow.plan;

import java.util.List;

/** The plan cannot be stored as it is; nothing was changed. */
public class InvalidPlanException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidPlanException(List<Problem> problems) {
        super(problems.stream().map(p -> p.where() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
