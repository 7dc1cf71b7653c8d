package vn.commune.workflow.commune;

/** A province (tỉnh) whose communes the deployment serves. */
public record Province(String id, String name) {}
