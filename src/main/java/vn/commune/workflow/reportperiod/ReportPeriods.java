package vn.commune.workflow.reportperiod;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reporting periods, each office's report in them, and the report's line per task. */
@Repository
class ReportPeriods {

    private final JdbcClient jdbc;

    ReportPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty if another node (or an earlier run) opened this period already. */
    Optional<Long> open(long planId, YearMonth month, PeriodKind kind, LocalDate due, LocalDate effectiveDue) {
        return jdbc.sql("""
                        insert into report_period(plan_id, period, kind, due_date, effective_due_date, status)
                        values (?, ?, ?, ?, ?, 'COLLECTING') on conflict (plan_id, period) do nothing returning id""")
                .params(planId, month.toString(), kind.name(), due, effectiveDue)
                .query(Long.class)
                .optional();
    }

    void setProcessInstance(long periodId, String processInstanceId) {
        jdbc.sql("update report_period set process_instance_id = ? where id = ?")
                .params(processInstanceId, periodId)
                .update();
    }

    Period find(long id) {
        return jdbc.sql("""
                        select r.*, p.monitoring_office_id, p.number as plan_number, p.title as plan_title, p.commune_id,
                               p.issued_on as plan_issued_on
                          from report_period r join plan p on p.id = r.plan_id where r.id = ?""").param(id).query(ReportPeriods::period).single();
    }

    Optional<String> communeOfPlan(long planId) {
        return jdbc.sql("select commune_id from plan where id = ?")
                .param(planId)
                .query(String.class)
                .optional();
    }

    List<Period> forPlan(long planId) {
        return jdbc.sql("""
                        select r.*, p.monitoring_office_id, p.number as plan_number, p.title as plan_title, p.commune_id,
                               p.issued_on as plan_issued_on
                          from report_period r join plan p on p.id = r.plan_id where r.plan_id = ? order by r.period""").param(planId).query(ReportPeriods::period).list();
    }

    void setStatus(long id, String status) {
        jdbc.sql("update report_period set status = ? where id = ?")
                .params(status, id)
                .update();
    }

    void setRemarks(long id, String remarks) {
        jdbc.sql("update report_period set remarks = ?, status = 'APPROVAL' where id = ?")
                .params(remarks, id)
                .update();
    }

    void decide(long id, boolean approved, String reason, Signer signer, String by, Instant at) {
        if (approved) {
            jdbc.sql(
                            "update report_period set approved_by = ?, approved_at = ?, signed_as = ?, return_reason = null where id = ?")
                    .params(by, Timestamp.from(at), signer.name(), id)
                    .update();
        } else {
            jdbc.sql("update report_period set return_reason = ?, status = 'CONSOLIDATING' where id = ?")
                    .params(reason, id)
                    .update();
        }
    }

    void storeDocuments(long id, byte[] docx, byte[] xlsx) {
        jdbc.sql("update report_period set docx = ?, xlsx = ?, status = 'APPROVED' where id = ?")
                .params(docx, xlsx, id)
                .update();
    }

    Optional<byte[]> document(long id, String column) {
        return jdbc.sql("select " + ("docx".equals(column) ? "docx" : "xlsx") + " from report_period where id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .filter(b -> b != null);
    }

    void addOfficeReport(long periodId, String officeId) {
        jdbc.sql("insert into office_report(period_id, office_id, status) values (?, ?, 'DUE') on conflict do nothing")
                .params(periodId, officeId)
                .update();
    }

    List<OfficeReport> officeReports(long periodId) {
        return jdbc.sql("select * from office_report where period_id = ? order by id")
                .param(periodId)
                .query(ReportPeriods::officeReport)
                .list();
    }

    OfficeReport officeReport(long periodId, String officeId) {
        return jdbc.sql("select * from office_report where period_id = ? and office_id = ?")
                .params(periodId, officeId)
                .query(ReportPeriods::officeReport)
                .single();
    }

    void markMissing(long periodId) {
        jdbc.sql("update office_report set status = 'MISSING' where period_id = ? and status = 'DUE'")
                .param(periodId)
                .update();
    }

    void markSubmitted(long reportId, boolean late, String by, Instant at) {
        jdbc.sql("update office_report set status = ?, submitted_by = ?, submitted_at = ? where id = ?")
                .params(late ? "LATE" : "SUBMITTED", by, Timestamp.from(at), reportId)
                .update();
    }

    void ensureItem(long reportId, long assignmentId) {
        jdbc.sql("insert into office_report_item(report_id, assignment_id) values (?, ?) on conflict do nothing")
                .params(reportId, assignmentId)
                .update();
    }

    void saveItem(long reportId, long assignmentId, String progress, boolean noChange, String links) {
        jdbc.sql(
                        "update office_report_item set progress = ?, no_change = ?, links = ? where report_id = ? and assignment_id = ?")
                .params(progress, noChange, links, reportId, assignmentId)
                .update();
    }

    List<Item> items(long reportId) {
        return jdbc.sql("select * from office_report_item where report_id = ? order by assignment_id")
                .param(reportId)
                .query((rs, n) -> new Item(
                        rs.getLong("report_id"),
                        rs.getLong("assignment_id"),
                        rs.getString("progress"),
                        rs.getBoolean("no_change"),
                        rs.getString("links")))
                .list();
    }

    private static Period period(ResultSet rs, int n) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new Period(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                YearMonth.parse(rs.getString("period")),
                PeriodKind.valueOf(rs.getString("kind")),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("effective_due_date", LocalDate.class),
                rs.getString("status"),
                rs.getString("remarks"),
                rs.getString("return_reason"),
                rs.getString("approved_by"),
                approvedAt == null ? null : approvedAt.toInstant(),
                rs.getString("monitoring_office_id"),
                rs.getString("plan_number"),
                rs.getString("plan_title"),
                rs.getString("commune_id"),
                rs.getObject("plan_issued_on", LocalDate.class),
                rs.getString("signed_as") == null ? Signer.CHAIRMAN : Signer.valueOf(rs.getString("signed_as")));
    }

    private static OfficeReport officeReport(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("submitted_at");
        return new OfficeReport(
                rs.getLong("id"),
                rs.getLong("period_id"),
                rs.getString("office_id"),
                rs.getString("status"),
                at == null ? null : at.toInstant(),
                rs.getString("submitted_by"));
    }

    record Period(
            long id,
            long planId,
            YearMonth month,
            PeriodKind kind,
            LocalDate dueDate,
            LocalDate effectiveDueDate,
            String status,
            String remarks,
            String returnReason,
            String approvedBy,
            Instant approvedAt,
            String monitoringOffice,
            String planNumber,
            String planTitle,
            String communeId,
            LocalDate planIssuedOn,
            Signer signer) {

        String label() {
            return kind.label(month);
        }

        LocalDate start() {
            return kind.start(month);
        }

        LocalDate end() {
            return month.atEndOfMonth();
        }
    }

    record OfficeReport(
            long id, long periodId, String officeId, String status, Instant submittedAt, String submittedBy) {}

    record Item(long reportId, long assignmentId, String progress, boolean noChange, String links) {

        boolean answered() {
            return noChange || (progress != null && !progress.isBlank());
        }
    }
}
