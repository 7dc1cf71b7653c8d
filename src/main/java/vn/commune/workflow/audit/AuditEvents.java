package vn.commune.workflow.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail, newest first, by time range, user and kind. */
@Repository
class AuditEvents {

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Event(
            long id,
            Instant at,
            String userId,
            AuditKind kind,
            Outcome outcome,
            String target,
            String detail,
            String address,
            String communeId) {}

    /** @param from inclusive, or null; @param to exclusive, or null; @param user exact login, or null */
    record Filter(Instant from, Instant to, String user, AuditKind kind) {

        String where(Map<String, Object> params) {
            List<String> conditions = new ArrayList<>(List.of("true"));
            if (from != null) {
                conditions.add("occurred_at >= :from");
                params.put("from", Timestamp.from(from));
            }
            if (to != null) {
                conditions.add("occurred_at < :to");
                params.put("to", Timestamp.from(to));
            }
            if (user != null) {
                conditions.add("user_id = :user");
                params.put("user", user);
            }
            if (kind != null) {
                conditions.add("kind = :kind");
                params.put("kind", kind.name());
            }
            return " where " + String.join(" and ", conditions);
        }
    }

    List<Event> list(Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("select * from audit_event" + where
                        + " order by occurred_at desc, id desc offset :offset limit :limit")
                .params(params)
                .query((rs, n) -> new Event(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("user_id"),
                        AuditKind.valueOf(rs.getString("kind")),
                        Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("target"),
                        rs.getString("detail"),
                        rs.getString("address"),
                        rs.getString("commune_id")))
                .list();
    }

    long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        return jdbc.sql("select count(*) from audit_event" + where)
                .params(params)
                .query(Long.class)
                .single();
    }
}
