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
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.plan.PlanService;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * The demo commune, loaded on first start in demo mode: its offices and people (see {@link DemoPeople})
 * and the Trường Giang plan's Phụ lục II.
 */
@Component
@ConditionalOnProperty(name = "workflow.demo.enabled", havingValue = "true")
class DemoCommune {

    static final String COMMUNE_ID = "truong-giang";
    static final String PLAN_FIXTURE = "demo/truong-giang-phu-luc-ii.json";

    private static final Logger log = LoggerFactory.getLogger(DemoCommune.class);

    private final OfficeRepository offices;
    private final DemoPeople people;
    private final PlanService plans;
    private final ObjectMapper json;
    private final WorkflowProperties workflow;

    DemoCommune(
            OfficeRepository offices,
            DemoPeople people,
            PlanService plans,
            ObjectMapper json,
            WorkflowProperties workflow) {
        this.offices = offices;
        this.people = people;
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
        log.info(
                """

                ==============================================================
                 Ứng dụng đã sẵn sàng: {}
                 Đăng nhập (mật khẩu: {}):
                   chutich          - Chủ tịch UBND xã (nhóm lanh-dao)
                   truong.vhxh      - Trưởng phòng Văn hóa - Xã hội (theo dõi kế hoạch mẫu)
                   truong.<mã phòng> - trưởng các phòng: {}
                   admin            - quản trị Camunda (Cockpit, Admin)
                 Danh sách việc: {}/camunda/app/tasklist/
                ==============================================================""",
                workflow.baseUrl(),
                DemoPeople.PASSWORD,
                String.join(", ", DemoPeople.OFFICES.stream().map(Office::id).toList()),
                workflow.baseUrl());
    }

    private void load() throws IOException {
        people.create(COMMUNE_ID, "Xã Trường Giang");
        PlanDraft plan;
        try (InputStream in = new ClassPathResource(PLAN_FIXTURE).getInputStream()) {
            plan = json.readValue(in, PlanDraft.class);
        }
        long planId = plans.create(COMMUNE_ID, plan, "system");
        log.info(
                "Demo commune loaded: {} offices, plan {} with {} tasks",
                DemoPeople.OFFICES.size(),
                planId,
                plan.tasks().size());
    }
}
