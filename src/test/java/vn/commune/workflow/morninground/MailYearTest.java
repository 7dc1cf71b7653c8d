package vn.commune.workflow.morninground;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.plantask.TaskEvidence;

/**
 * A commune's mail over 2026, day by day: a yearly plan with a task due each month (half done early, half late),
 * a plan imported long after its deadlines, and a plan with urgent tasks in June. Nobody gets more than two
 * emails on any day.
 */
class MailYearTest extends IntegrationTest {

    private static final String[] OFFICES = {"vhxh", "kinh-te", "cong-an", "tt-hcc"};

    @Autowired
    private TaskEvidence evidence;

    private final Map<String, Long> perPersonAndDay = new TreeMap<>();
    private final List<Long> plans = new ArrayList<>();

    @Test
    void nobodyGetsMoreThanTwoEmailsOnAnyDayOfTheYear() throws Exception {
        for (LocalDate day = LocalDate.of(2026, 1, 2);
                !day.isAfter(LocalDate.of(2026, 12, 31));
                day = day.plusDays(1)) {
            EngineClock.setVietnamTime(day.atTime(8, 0));
            MorningRounds.run(engine);
            EngineClock.setVietnamTime(day.atTime(9, 0));
            importOn(day);
            EngineClock.setVietnamTime(day.atTime(10, 0));
            finishOn(day);
            EngineClock.setVietnamTime(day.atTime(14, 0));
            acceptAll();
            deliverDueMail();
            for (MimeMessage m : receivedMail()) {
                perPersonAndDay.merge(day + " " + m.getRecipients(Message.RecipientType.TO)[0], 1L, Long::sum);
            }
            greenMail.purgeEmailFromAllMailboxes();
        }

        long most = perPersonAndDay.values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        System.out.println("Most emails one person received on one day of 2026: " + most + " (of "
                + perPersonAndDay.values().stream().mapToLong(Long::longValue).sum() + " emails)");
        assertThat(perPersonAndDay.entrySet().stream()
                        .filter(e -> e.getValue() > 2)
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toList()))
                .as("days on which a person got more than two emails")
                .isEmpty();
        assertThat(perPersonAndDay.keySet().stream().filter(k -> k.endsWith(emailOf(chairman()))))
                .as("the chairman hears of late work, not of every task")
                .isNotEmpty()
                .hasSizeLessThan(60);
    }

    private void importOn(LocalDate day) {
        if (day.equals(LocalDate.of(2026, 1, 2))) {
            plans.add(createPlan(
                    "vp-ubnd",
                    day,
                    IntStream.rangeClosed(1, 12)
                            .mapToObj(i -> task(
                                    String.valueOf(i),
                                    String.format("15/%02d/2026", i),
                                    OFFICES[i % 4],
                                    OFFICES[(i + 1) % 4]))
                            .toArray(PlanDraft.TaskDraft[]::new)));
            plans.add(createPlan(
                    "vhxh",
                    LocalDate.of(2025, 3, 1),
                    IntStream.rangeClosed(1, 20)
                            .mapToObj(i -> task(String.valueOf(i), "Tháng 6/2025", OFFICES[i % 4]))
                            .toArray(PlanDraft.TaskDraft[]::new)));
        }
        if (day.equals(LocalDate.of(2026, 6, 1))) {
            plans.add(createPlan(
                    "kinh-te",
                    day,
                    task("1", "02/06/2026", "vhxh", "cong-an"),
                    task("2", "03/06/2026", "vhxh"),
                    task("3", "30/06/2026", "tt-hcc")));
        }
    }

    /** Shares of even-numbered tasks are done five days before their deadline, the others ten days after it. */
    private void finishOn(LocalDate day) {
        for (long plan : plans) {
            for (var row : jdbc.sql("""
                            select a.office_id, t.number, coalesce(a.effective_due_date, t.effective_due_date) as due
                              from assignment a join plan_task t on t.id = a.plan_task_id
                             where t.plan_id = ? and a.status in ('OPEN', 'RETURNED')""")
                    .param(plan)
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)})
                    .list()) {
                LocalDate due = (LocalDate) row[2];
                boolean early = Integer.parseInt((String) row[1]) % 2 == 0;
                if (day.equals(early ? due.minusDays(5) : due.plusDays(10))) {
                    finish(plan, (String) row[1], (String) row[0]);
                }
            }
        }
    }

    private void finish(long plan, String number, String office) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, number))
                .taskDefinitionKey("Task_CarryOut")
                .taskCandidateGroup(office)
                .singleResult();
        if (task == null) {
            return;
        }
        actAs(head(code(office)));
        evidence.upload(task.getId(), "ket-qua.pdf", "%PDF-1.4 kết quả".getBytes());
        engine.getTaskService().complete(task.getId(), Map.of("resultNote", "Hoàn thành"));
    }

    private void acceptAll() {
        if (plans.isEmpty()) {
            return;
        }
        String[] keys = jdbc.sql("select cast(id as varchar) from plan_task where plan_id in (:plans)")
                .param("plans", plans)
                .query(String.class)
                .list()
                .toArray(String[]::new);
        for (Task t : engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKeyIn(keys)
                .taskDefinitionKey("Task_ReviewEvidence")
                .list()) {
            engine.getTaskService().complete(t.getId(), Map.of("accepted", true));
        }
    }
}
