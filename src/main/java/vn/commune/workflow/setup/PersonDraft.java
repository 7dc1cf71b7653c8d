package vn.commune.workflow.setup;

/**
 * A person about to be set up, from the form or a row of the staff list. {@code office} is the office as written
 * in the list ("Phòng VH-XH"); {@code officeId} the office chosen; {@code role} null lets the position decide.
 */
record PersonDraft(
        Integer row,
        String fullName,
        String position,
        String office,
        String officeId,
        String email,
        String phone,
        PersonRole role) {}
