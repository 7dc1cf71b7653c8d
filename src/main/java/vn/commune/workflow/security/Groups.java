package vn.commune.workflow.security;

/** The Camunda groups whose members have a role beyond working on their own office's tasks. */
public final class Groups {

    /** The chairman and vice chairmen: they see every office and decide. */
    public static final String LEADERSHIP = "lanh-dao";
    /** Văn phòng HĐND và UBND: the commune's office, whose clerk registers and issues documents. */
    public static final String COMMUNE_OFFICE = "vp-ubnd";
    /** Camunda's administrators (Cockpit, Admin). */
    public static final String ADMINISTRATORS = "camunda-admin";

    private Groups() {}
}
