package vn.commune.workflow.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.demo.DemoPeople;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.plan.PlanService;
import vn.commune.workflow.security.Groups;

/**
 * The province the benchmark measures, made through the product's own services: each commune with its offices and
 * people (DemoPeople) and one plan (PlanService) giving each office its open shares, all due on one day; then the
 * finished history, in bulk.
 */
final class ProvinceData {

    static final String PROVINCE = "tinh-do-tai";
    static final String PROVINCE_VIEWER = "tinh-do-tai.theo-doi";
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Logger log = LoggerFactory.getLogger(ProvinceData.class);

    private final Scale scale;
    private final DemoPeople people;
    private final Communes communes;
    private final OfficeDirectory directory;
    private final PlanService plans;
    private final JdbcClient jdbc;
    private final List<Commune> made = new ArrayList<>();

    ProvinceData(Scale scale, ApplicationContext app) {
        this.scale = scale;
        this.people = app.getBean(DemoPeople.class);
        this.communes = app.getBean(Communes.class);
        this.directory = app.getBean(OfficeDirectory.class);
        this.plans = app.getBean(PlanService.class);
        this.jdbc = app.getBean(JdbcClient.class);
    }

    static Commune commune(int n) {
        return new Commune(String.format("xa-%03d", n), "Xã Đo Tải " + n, PROVINCE, String.format("x%03d.", n));
    }

    List<Commune> communes() {
        return List.copyOf(made);
    }

    void makeCommunes() {
        communes.createProvince(PROVINCE, "Tỉnh đo tải");
        for (int n = 1; n <= scale.communes(); n++) {
            made.add(people.create(commune(n)));
        }
        String group = Groups.PROVINCE_GROUP_PREFIX + PROVINCE;
        directory.createProvinceGroup(group, "Sở, ngành tỉnh theo dõi các xã");
        directory.createDemoUser(
                PROVINCE_VIEWER, "Cán bộ", "theo dõi", DemoPeople.emailOf(PROVINCE_VIEWER), DemoPeople.PASSWORD, group);
    }

    /** One plan per commune, its tasks shared out over the offices, all due on {@code due}; two communes at a time. */
    void makePlans(LocalDate issuedOn, LocalDate due) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (Commune commune : made) {
                all.add(pool.submit(() -> {
                    plans.create(commune.id(), plan(commune, issuedOn, due), "bench");
                    int n = done.incrementAndGet();
                    if (n % 10 == 0 || n == made.size()) {
                        log.info("bench: {} of {} communes have their plan", n, made.size());
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    PlanDraft plan(Commune commune, LocalDate issuedOn, LocalDate due) {
        List<PlanDraft.TaskDraft> tasks = new ArrayList<>();
        for (int t = 1; t <= scale.sharesPerCommune(); t++) {
            Office office = DemoPeople.OFFICES.get((t - 1) % scale.offices());
            tasks.add(new PlanDraft.TaskDraft(
                    String.valueOf(t),
                    "I. Nhiệm vụ trọng tâm",
                    "Triển khai công việc số " + t + " của " + commune.name(),
                    office.name(),
                    "",
                    "Báo cáo kết quả",
                    WRITTEN.format(due),
                    List.of(commune.qualify(office.id())),
                    List.of()));
        }
        return new PlanDraft(
                "KH-DT-" + commune.id(),
                issuedOn,
                "Kế hoạch đo tải của " + commune.name(),
                commune.qualify("vp-ubnd"),
                "bench",
                null,
                tasks,
                List.of());
    }

    /**
     * Finished work, as years of use leave it: per finished share a done assignment of the product's (with its plan
     * task) and Camunda's history of its instance (one process instance, eight activity instances, two tasks): 12
     * rows, so {@code historyRows / 12} shares spread over the communes, in plain SQL.
     */
    long makeHistory(String planTaskDefinitionId) {
        long perCommune = Math.max(1, scale.historyRows() / 12 / made.size());
        for (Commune c : made) {
            long planId = jdbc.sql("""
                            insert into plan(commune_id, number, issued_on, title, monitoring_office_id, created_at, created_by)
                            values (?, ?, date '2025-01-06', ?, ?, timestamp '2025-01-06 02:00:00', 'bench') returning id""")
                    .params(c.id(), "KH-XONG-" + c.id(), "Kế hoạch năm 2025 (đã hoàn thành)", c.qualify("vp-ubnd"))
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into plan_task(plan_id, number, group_label, title, lead_text, coordinating_text, expected_result,
                                                  deadline_text, deadline_kind, due_date, effective_due_date, process_instance_id,
                                                  closed_status)
                            select ?, g::text, 'I. Nhiệm vụ', 'Nhiệm vụ đã hoàn thành số ' || g, '', '', 'Báo cáo',
                                   '30/06/2025', 'DATE', date '2025-06-30', date '2025-06-30', 'bh-' || ? || '-' || g,
                                   'DONE_ON_TIME'
                              from generate_series(1, ?) g""").params(planId, c.id(), perCommune).update();
            String[] offices =
                    DemoPeople.OFFICES.stream().map(o -> c.qualify(o.id())).toArray(String[]::new);
            jdbc.sql("""
                            insert into assignment(plan_task_id, office_id, status, result_note, assigned_at, submitted_at, completed_at)
                            select t.id, (cast(? as varchar[]))[1 + t.id % 10], 'DONE', 'Đã hoàn thành',
                                   timestamp '2025-01-06 02:00:00', timestamp '2025-06-20 03:00:00', timestamp '2025-06-25 03:00:00'
                              from plan_task t where t.plan_id = ?""").params(offices, planId).update();
            jdbc.sql("""
                            insert into act_hi_procinst(id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
                                                        end_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, tenant_id_, state_)
                            select t.process_instance_id, t.process_instance_id, t.id::text, 'PlanTask', ?,
                                   timestamp '2025-01-06 02:00:00', timestamp '2025-06-25 03:00:00', 14864400000,
                                   'StartEvent_TaskAssigned', 'EndEvent_TaskDone', t.process_instance_id, ?, 'COMPLETED'
                              from plan_task t where t.plan_id = ?""").params(planTaskDefinitionId, c.id(), planId).update();
            jdbc.sql("""
                            insert into act_hi_actinst(id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
                                                       act_id_, act_type_, start_time_, end_time_, duration_, act_inst_state_,
                                                       sequence_counter_, tenant_id_)
                            select t.process_instance_id || '-' || a.n, 'PlanTask', ?, t.process_instance_id, t.process_instance_id,
                                   t.process_instance_id, a.act, a.type, timestamp '2025-01-06 02:00:00',
                                   timestamp '2025-06-25 03:00:00', 14864400000, 4, a.n, ?
                              from plan_task t cross join (values (1, 'StartEvent_TaskAssigned', 'startEvent'),
                                   (2, 'SubProcess_OfficeWork', 'subProcess'), (3, 'SubProcess_CarryOut', 'subProcess'),
                                   (4, 'Task_CarryOut', 'userTask'), (5, 'EndEvent_ResultSubmitted', 'terminateEndEvent'),
                                   (6, 'Task_ReviewEvidence', 'userTask'), (7, 'EndEvent_OfficeDone', 'noneEndEvent'),
                                   (8, 'EndEvent_TaskDone', 'noneEndEvent')) a(n, act, type)
                             where t.plan_id = ?""").params(planTaskDefinitionId, c.id(), planId).update();
            jdbc.sql("""
                            insert into act_hi_taskinst(id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                                                        execution_id_, name_, start_time_, end_time_, duration_, delete_reason_,
                                                        priority_, tenant_id_, task_state_)
                            select t.process_instance_id || '-t' || k.n, k.key, 'PlanTask', ?, t.process_instance_id,
                                   t.process_instance_id, t.process_instance_id, t.title, timestamp '2025-01-06 02:00:00',
                                   timestamp '2025-06-25 03:00:00', 14864400000, 'completed', 50, ?, 'Completed'
                              from plan_task t cross join (values (1, 'Task_CarryOut'), (2, 'Task_ReviewEvidence')) k(n, key)
                             where t.plan_id = ?""").params(planTaskDefinitionId, c.id(), planId).update();
        }
        return perCommune * made.size() * 12;
    }
}
