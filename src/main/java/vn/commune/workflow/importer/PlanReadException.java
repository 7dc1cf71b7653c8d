package vn.commune.workflow.importer;

import java.util.List;
import java.util.stream.Collectors;
import vn.commune.workflow.system.Problem;

/** The file could not be read as a plan; nothing of it was kept. */
public class PlanReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Problem> errors;

    public PlanReadException(List<Problem> errors) {
        super(errors.stream().map(p -> p.where() + ": " + p.message()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is needed");
        }
        this.errors = List.copyOf(errors);
    }

    static PlanReadException of(String where, String message) {
        return new PlanReadException(List.of(new Problem(where, message)));
    }

    public List<Problem> errors() {
        return errors;
    }
}
