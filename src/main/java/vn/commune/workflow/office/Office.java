package vn.commune.workflow.office;

/** An office of a commune; its id is also the Camunda group its tasks are offered to. */
public record Office(String id, String name, OfficeKind kind) {}
