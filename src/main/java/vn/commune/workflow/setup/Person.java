package vn.commune.workflow.setup;

/** A person of a commune as its administrator set them up; {@code officeId} is null for a role without office. */
record Person(
        String userId,
        String communeId,
        String fullName,
        String position,
        String email,
        String phone,
        PersonRole role,
        String officeId,
        boolean active) {}
