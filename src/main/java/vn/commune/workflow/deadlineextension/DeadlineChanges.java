package vn.commune.workflow.deadlineextension;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of an office's deadline: requests for extension, decisions, dates set by the chairman. */
@Repository
class DeadlineChanges {

    private final JdbcClient jdbc;

    DeadlineChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long request(long assignmentId, LocalDate previous, LocalDate requested, String reason, String by, Instant at) {
        return jdbc.sql("""
                        insert into deadline_change(assignment_id, kind, previous_date, requested_date, reason, requested_by, requested_at)
                        values (?, 'EXTENSION', ?, ?, ?, ?, ?) returning id""")
                .params(assignmentId, previous, requested, reason, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void decide(long id, boolean granted, LocalDate newDate, String note, String by, Instant at) {
        jdbc.sql(
                        "update deadline_change set decision = ?, new_date = ?, decision_note = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(granted ? "GRANTED" : "REFUSED", newDate, note, by, Timestamp.from(at), id)
                .update();
    }

    void recordSet(long assignmentId, LocalDate previous, LocalDate newDate, String note, String by, Instant at) {
        jdbc.sql("""
                        insert into deadline_change(assignment_id, kind, previous_date, decision, new_date, decision_note, decided_by, decided_at)
                        values (?, 'SET', ?, 'GRANTED', ?, ?, ?, ?)""")
                .params(assignmentId, previous, newDate, note, by, Timestamp.from(at))
                .update();
    }

    Optional<Change> find(long id) {
        return jdbc.sql("select * from deadline_change where id = ?")
                .param(id)
                .query(DeadlineChanges::map)
                .optional();
    }

    boolean hasPendingRequest(long assignmentId) {
        return jdbc.sql(
                                "select count(*) from deadline_change where assignment_id = ? and kind = 'EXTENSION' and decision is null")
                        .param(assignmentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Change> history(long assignmentId) {
        return jdbc.sql("select * from deadline_change where assignment_id = ? order by id")
                .param(assignmentId)
                .query(DeadlineChanges::map)
                .list();
    }

    private static Change map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Change(
                rs.getLong("id"),
                rs.getLong("assignment_id"),
                rs.getString("kind"),
                rs.getObject("previous_date", LocalDate.class),
                rs.getObject("requested_date", LocalDate.class),
                rs.getString("reason"),
                rs.getString("requested_by"),
                instant(rs.getTimestamp("requested_at")),
                rs.getString("decision"),
                rs.getObject("new_date", LocalDate.class),
                rs.getString("decision_note"),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    record Change(
            long id,
            long assignmentId,
            String kind,
            LocalDate previousDate,
            LocalDate requestedDate,
            String reason,
            String requestedBy,
            Instant requestedAt,
            String decision,
            LocalDate newDate,
            String decisionNote,
            String decidedBy,
            Instant decidedAt) {}
}
