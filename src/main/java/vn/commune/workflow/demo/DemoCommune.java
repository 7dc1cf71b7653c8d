package vn.commune.workflow.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeKind;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.plan.PlanService;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * The demo commune, loaded on first start in demo mode: its offices as Camunda groups, one head per
 * office (truong.&lt;office&gt;), the chairman (chutich), and the Trường Giang plan's Phụ lục II.
 */
@Component
@ConditionalOnProperty(name = "workflow.demo.enabled", havingValue = "true")
class DemoCommune {

    static final String COMMUNE_ID = "truong-giang";
    static final String PASSWORD = "demo";
    static final String PLAN_FIXTURE = "demo/truong-giang-phu-luc-ii.json";
    private static final String MAIL_DOMAIN = "truonggiang.example";

    static final List<Office> OFFICES = List.of(
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

    private static final Logger log = LoggerFactory.getLogger(DemoCommune.class);

    private final OfficeRepository offices;
    private final OfficeDirectory directory;
    private final PlanService plans;
    private final ObjectMapper json;
    private final WorkflowProperties workflow;

    DemoCommune(OfficeRepository offices, OfficeDirectory directory, PlanService plans, ObjectMapper json,
                WorkflowProperties workflow) {
        this.offices = offices;
        this.directory = directory;
        this.plans = plans;
        this.json = json;
        this.workflow = workflow;
    }

    @EventListener
    @Order(10)
    @Transactional
    public void loadOnFirstStart(ApplicationReadyEvent event) throws IOException {
        if (!offices.communeExists(COMMUNE_ID)) {
            load();
        }
        log.info("""

                ==============================================================
                 Ứng dụng đã sẵn sàng: {}
                 Đăng nhập (mật khẩu: {}):
                   chutich          - Chủ tịch UBND xã (nhóm lanh-dao)
                   truong.vhxh      - Trưởng phòng Văn hóa - Xã hội (theo dõi kế hoạch mẫu)
                   truong.<mã phòng> - trưởng các phòng: {}
                   admin            - quản trị Camunda (Cockpit, Admin)
                 Danh sách việc: {}/camunda/app/tasklist/
                ==============================================================""",
                workflow.baseUrl(), PASSWORD, String.join(", ", OFFICES.stream().map(Office::id).toList()),
                workflow.baseUrl());
    }

    private void load() throws IOException {
        offices.createCommune(COMMUNE_ID, "Xã Trường Giang");
        directory.createOffices(COMMUNE_ID, OFFICES);
        directory.createGroup(OfficeDirectory.LEADERSHIP_GROUP, "Lãnh đạo UBND xã", "LEADERSHIP");
        directory.createUser("chutich", "Chủ tịch", "UBND xã", "chutich@" + MAIL_DOMAIN, PASSWORD, OfficeDirectory.LEADERSHIP_GROUP);
        for (Office office : OFFICES) {
            directory.createUser("truong." + office.id(), "Trưởng", office.name(), "truong." + office.id() + "@" + MAIL_DOMAIN,
                    PASSWORD, office.id());
        }
        PlanDraft plan;
        try (InputStream in = new ClassPathResource(PLAN_FIXTURE).getInputStream()) {
            plan = json.readValue(in, PlanDraft.class);
        }
        long planId = plans.create(COMMUNE_ID, plan, "system");
        log.info("Demo commune loaded: {} offices, plan {} with {} tasks", OFFICES.size(), planId, plan.tasks().size());
    }
}
