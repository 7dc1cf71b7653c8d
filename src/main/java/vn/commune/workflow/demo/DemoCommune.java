package vn.commune.workflow.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.importer.PlanImportService;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.plan.PlanService;
import vn.commune.workflow.security.Groups;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * The demo, loaded on first start in demo mode: a province with two communes, each with its offices, people and
 * plan — Trường Giang (the Phụ lục II of its plan; ids without prefix) and Ngọk Bay (its plan imported from the
 * document's text, as a clerk would; ids "ngokbay.…") — and a province viewer.
 */
@Component
@ConditionalOnProperty(name = "workflow.demo.enabled", havingValue = "true")
class DemoCommune {

    static final String PROVINCE_ID = "tinh-mau";
    static final Commune TRUONG_GIANG = new Commune("truong-giang", "Xã Trường Giang", PROVINCE_ID, "");
    static final Commune NGOK_BAY = new Commune("ngok-bay", "Xã Ngọk Bay", PROVINCE_ID, "ngokbay.");
    static final String PROVINCE_VIEWER = "tinh";
    static final String TRUONG_GIANG_PLAN = "demo/truong-giang-phu-luc-ii.json";
    static final String NGOK_BAY_PLAN = "demo/ngok-bay-plan-2025.txt";

    private static final Logger log = LoggerFactory.getLogger(DemoCommune.class);

    private final Communes communes;
    private final DemoPeople people;
    private final OfficeDirectory directory;
    private final PlanService plans;
    private final PlanImportService imports;
    private final ObjectMapper json;
    private final WorkflowProperties workflow;

    DemoCommune(
            Communes communes,
            DemoPeople people,
            OfficeDirectory directory,
            PlanService plans,
            PlanImportService imports,
            ObjectMapper json,
            WorkflowProperties workflow) {
        this.communes = communes;
        this.people = people;
        this.directory = directory;
        this.plans = plans;
        this.imports = imports;
        this.json = json;
        this.workflow = workflow;
    }

    @EventListener
    @Order(10)
    @Transactional
    public void loadOnFirstStart(ApplicationReadyEvent event) throws IOException {
        communes.createProvince(PROVINCE_ID, "Tỉnh (dữ liệu mẫu)");
        if (!communes.exists(TRUONG_GIANG.id())) {
            people.create(TRUONG_GIANG);
            PlanDraft plan;
            try (InputStream in = new ClassPathResource(TRUONG_GIANG_PLAN).getInputStream()) {
                plan = json.readValue(in, PlanDraft.class);
            }
            plans.create(TRUONG_GIANG.id(), plan, "system");
        }
        // A demo made before there were two communes: Trường Giang joins the province.
        communes.joinProvince(TRUONG_GIANG.id(), PROVINCE_ID);
        if (!communes.exists(NGOK_BAY.id())) {
            people.create(NGOK_BAY);
            try (InputStream in = new ClassPathResource(NGOK_BAY_PLAN).getInputStream()) {
                imports.importAsSystem(NGOK_BAY.id(), "ngok-bay-plan-2025.txt", in.readAllBytes());
            }
        }
        String provinceGroup = Groups.PROVINCE_GROUP_PREFIX + PROVINCE_ID;
        directory.createProvinceGroup(provinceGroup, Groups.PROVINCE_GROUP_NAME);
        directory.createDemoUser(
                PROVINCE_VIEWER,
                "Cán bộ",
                "theo dõi của tỉnh",
                DemoPeople.emailOf(PROVINCE_VIEWER),
                DemoPeople.PASSWORD,
                provinceGroup);
        log.info(
                """

                ==============================================================
                 Ứng dụng đã sẵn sàng: {}
                 Đăng nhập (mật khẩu: {}):
                 Xã Trường Giang:
                   chutich            - Chủ tịch UBND xã
                   truong.vhxh        - Trưởng phòng Văn hóa - Xã hội (theo dõi kế hoạch mẫu)
                   truong.<mã phòng>   - trưởng các phòng: {}
                 Xã Ngọk Bay:
                   ngokbay.chutich    - Chủ tịch UBND xã
                   ngokbay.truong.<mã phòng> - trưởng các phòng (ngokbay.truong.vp-ubnd theo dõi kế hoạch)
                 Tỉnh:
                   tinh               - theo dõi các xã của tỉnh
                   admin              - quản trị hệ thống (Cockpit, Admin)
                 Danh sách việc: {}/camunda/app/tasklist/
                ==============================================================""",
                workflow.baseUrl(),
                DemoPeople.PASSWORD,
                String.join(", ", DemoPeople.OFFICES.stream().map(o -> o.id()).toList()),
                workflow.baseUrl());
    }
}
