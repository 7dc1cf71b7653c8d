package vn.commune.workflow.plan;

/** A plan task was stored with its lead offices' shares: its process may start (in the same transaction). */
public record PlanTaskCreated(String communeId, long planTaskId) {}
