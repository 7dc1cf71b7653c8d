package vn.commune.workflow.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeKind;
import vn.commune.workflow.office.OfficeRepository;

/**
 * The offices of a commune after the 2025 reform, as Camunda groups, with one head per office
 * (truong.&lt;office id&gt;), the chairman (chutich, group lanh-dao) and the Camunda administrator (admin, group
 * camunda-admin); password "demo".
 * Used by the demo commune and by tests.
 */
@Component
public class DemoPeople {

    public static final String PASSWORD = "demo";
    public static final String CHAIRMAN = "chutich";
    public static final String ADMINISTRATOR = "admin";
    private static final String MAIL_DOMAIN = "truonggiang.example";

    public static final List<Office> OFFICES = List.of(
            new Office("vp-ubnd", "Văn phòng HĐND và UBND xã", OfficeKind.PHONG),
            new Office("vhxh", "Phòng Văn hóa - Xã hội", OfficeKind.PHONG),
            new Office("kinh-te", "Phòng Kinh tế", OfficeKind.PHONG),
            new Office("tt-hcc", "Trung tâm Phục vụ hành chính công xã", OfficeKind.PHONG),
            new Office("cong-an", "Công an xã", OfficeKind.DON_VI),
            new Office("quan-su", "Ban Chỉ huy Quân sự xã", OfficeKind.DON_VI),
            new Office("mttq", "Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội", OfficeKind.TO_CHUC),
            new Office("tram-y-te", "Trạm y tế xã", OfficeKind.DON_VI),
            new Office("truong-hoc", "Trường học", OfficeKind.DON_VI),
            new Office("thon", "Ban Nhân dân các thôn", OfficeKind.THON));

    private final OfficeRepository offices;
    private final OfficeDirectory directory;

    DemoPeople(OfficeRepository offices, OfficeDirectory directory) {
        this.offices = offices;
        this.directory = directory;
    }

    public static String headOf(String officeId) {
        return "truong." + officeId;
    }

    public static String emailOf(String userId) {
        return userId + "@" + MAIL_DOMAIN;
    }

    @Transactional
    public void create(String communeId, String communeName) {
        offices.createCommune(communeId, communeName);
        directory.createOffices(communeId, OFFICES);
        directory.createGroup(OfficeDirectory.LEADERSHIP_GROUP, "Lãnh đạo UBND xã", "LEADERSHIP");
        directory.createDemoAdministrator(ADMINISTRATOR, PASSWORD);
        directory.createDemoUser(
                CHAIRMAN, "Chủ tịch", "UBND xã", emailOf(CHAIRMAN), PASSWORD, OfficeDirectory.LEADERSHIP_GROUP);
        for (Office office : OFFICES) {
            directory.createDemoUser(
                    headOf(office.id()), "Trưởng", office.name(), emailOf(headOf(office.id())), PASSWORD, office.id());
        }
    }
}
