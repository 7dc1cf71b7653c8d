package vn.commune.workflow.security;

/**
 * How a person's Camunda groups say what they may do. A group's type is its role; its id is qualified by the
 * commune's prefix ("ngokbay.lanh-dao"), except in the first commune of a deployment ("lanh-dao").
 */
public final class Groups {

    /** An office: its members (head and staff) work on the tasks offered to it. */
    public static final String TYPE_OFFICE = "OFFICE";
    /** The chairman and vice chairmen of a commune: they see every office of it and decide. */
    public static final String TYPE_LEADERSHIP = "LEADERSHIP";
    /** The commune's clerks (văn thư): they import plans. */
    public static final String TYPE_CLERK = "CLERK";
    /** Who sets up the commune's offices and people. */
    public static final String TYPE_COMMUNE_ADMIN = "COMMUNE_ADMIN";
    /** Province staff who follow every commune of their province, read-only. */
    public static final String TYPE_PROVINCE = "PROVINCE";
    /** A province's staff group is this followed by the province's id ("tinh.quang-ngai"). */
    public static final String PROVINCE_GROUP_PREFIX = "tinh.";
    /** The name of a province's group of staff who follow its communes. */
    public static final String PROVINCE_GROUP_NAME = "Sở, ngành tỉnh theo dõi các xã";

    /** The code of Văn phòng HĐND và UBND, the commune's own office: its members may import plans too. */
    public static final String COMMUNE_OFFICE = "vp-ubnd";
    /** Camunda's administrators (Cockpit, Admin): the system administrator. */
    public static final String ADMINISTRATORS = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

    private Groups() {}

    /** Whether a group id is the commune office of some commune ("vp-ubnd", "ngokbay.vp-ubnd"). */
    static boolean isCommuneOffice(String groupId) {
        return groupId.equals(COMMUNE_OFFICE) || groupId.endsWith("." + COMMUNE_OFFICE);
    }
}
