package vn.commune.workflow.commune;

/**
 * A commune (xã) served by the deployment; also the Camunda tenant its processes, tasks and history belong to.
 *
 * @param idPrefix what every Camunda id of the commune starts with ("ngokbay."): office groups, the leadership
 *     group and logins; empty for the first commune of a deployment made before communes had prefixes
 */
public record Commune(String id, String name, String provinceId, String idPrefix) {

    /** The chairman and vice chairmen of this commune. */
    public String leadershipGroup() {
        return idPrefix + LEADERSHIP;
    }

    /** The Camunda id of one of the commune's own things, e.g. an office code "vhxh" or a login "truong.vhxh". */
    public String qualify(String code) {
        return idPrefix + code;
    }

    static final String LEADERSHIP = "lanh-dao";
}
