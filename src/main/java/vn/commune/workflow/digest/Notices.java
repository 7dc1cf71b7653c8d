package vn.commune.workflow.digest;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.commune.workflow.mail.Recipient;
import vn.commune.workflow.office.OfficeDirectory;

/**
 * Things a person must be told that can wait for their daily email: a task due soon, a report due,
 * a decision on their request. Written in the transaction of the step that caused them.
 */
@Service
public class Notices {

    private final JdbcClient jdbc;
    private final OfficeDirectory directory;
    private final Clock clock;

    Notices(JdbcClient jdbc, OfficeDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** Tells every member of a group (an office's head, the leadership). */
    public void toGroup(String groupId, long planId, NoticeKind kind, String text, String link) {
        for (Recipient member : directory.membersOf(groupId)) {
            jdbc.sql("insert into notice(user_id, plan_id, kind, text, link, created_at) values (?, ?, ?, ?, ?, ?)")
                    .params(member.userId(), planId, kind.name(), text, link, Timestamp.from(clock.instant()))
                    .update();
        }
    }

    List<Pending> pendingFor(String userId) {
        return jdbc.sql("""
                        select n.id, n.plan_id, p.number as plan_number, p.title as plan_title, n.kind, n.text, n.link
                          from notice n join plan p on p.id = n.plan_id
                         where n.user_id = ? and n.digest_date is null order by n.plan_id, n.id""")
                .param(userId)
                .query((rs, i) -> new Pending(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        rs.getString("plan_number"),
                        rs.getString("plan_title"),
                        NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("text"),
                        rs.getString("link")))
                .list();
    }

    List<String> usersWithPending() {
        return jdbc.sql("select distinct user_id from notice where digest_date is null order by user_id")
                .query(String.class)
                .list();
    }

    void markDigested(List<Long> ids, java.time.LocalDate day) {
        if (!ids.isEmpty()) {
            jdbc.sql("update notice set digest_date = :day where id in (:ids)")
                    .param("day", day)
                    .param("ids", ids)
                    .update();
        }
    }

    record Pending(
            long id, long planId, String planNumber, String planTitle, NoticeKind kind, String text, String link) {}
}
