package vn.commune.workflow.system;

/** Something wrong with input, said in Vietnamese: where it is and why. */
public record Problem(String where, String message) {}
