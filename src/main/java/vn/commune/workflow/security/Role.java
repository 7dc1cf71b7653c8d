package vn.commune.workflow.security;

/** What a person may do beyond working on their own office's tasks, read from their Camunda groups at login. */
public enum Role {
    /** Chủ tịch, phó chủ tịch. */
    LEADERSHIP,
    /** Imports plans: the commune's clerks and the members of its own office (Văn phòng HĐND và UBND). */
    CLERK,
    /** Sets up the commune's offices and people. */
    COMMUNE_ADMIN,
    /** Follows every commune of the province, read-only. */
    PROVINCE_VIEWER,
    /** Runs the deployment: provinces, communes, their administrators, Camunda's webapps. */
    SYSTEM_ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
