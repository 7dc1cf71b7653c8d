package vn.commune.workflow.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.StandardOffices;
import vn.commune.workflow.security.Groups;

/**
 * A commune after the 2025 reform with its offices, one head per office (truong.&lt;office&gt;) and the chairman
 * (chutich), every id qualified by the commune's prefix, and the deployment's administrator (admin, group
 * camunda-admin); password "demo". Used by the demo and by tests.
 */
@Component
public class DemoPeople {

    public static final String PASSWORD = "demo";
    public static final String CHAIRMAN = "chutich";
    public static final String ADMINISTRATOR = "admin";
    private static final String MAIL_DOMAIN = "truonggiang.example";

    /** The standard offices, by code; a commune's ids are these codes with its prefix. */
    public static final List<Office> OFFICES = StandardOffices.OFFICES;

    private final Communes communes;
    private final OfficeDirectory directory;

    DemoPeople(Communes communes, OfficeDirectory directory) {
        this.communes = communes;
        this.directory = directory;
    }

    /** The head of an office, by the office's code: "truong.vhxh" (before the commune's prefix). */
    public static String headOf(String officeCode) {
        return "truong." + officeCode;
    }

    public static String emailOf(String userId) {
        return userId + "@" + MAIL_DOMAIN;
    }

    @Transactional
    public Commune create(Commune commune) {
        communes.create(commune);
        directory.createOffices(commune, OFFICES);
        directory.createGroup(
                commune, commune.leadershipGroup(), "Lãnh đạo UBND " + commune.name(), Groups.TYPE_LEADERSHIP);
        directory.createDemoAdministrator(ADMINISTRATOR, PASSWORD);
        String chairman = commune.qualify(CHAIRMAN);
        directory.createDemoUser(
                chairman, "Chủ tịch", "UBND " + commune.name(), emailOf(chairman), PASSWORD, commune.leadershipGroup());
        for (Office office : OFFICES) {
            String head = commune.qualify(headOf(office.id()));
            directory.createDemoUser(
                    head, "Trưởng", office.name(), emailOf(head), PASSWORD, commune.qualify(office.id()));
        }
        return commune;
    }
}
