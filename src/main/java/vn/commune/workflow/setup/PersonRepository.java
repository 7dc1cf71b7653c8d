package vn.commune.workflow.setup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

    private static final String COLUMNS =
            "user_id, commune_id, full_name, position, email, phone, role, office_id, active";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Person p, String by) {
        jdbc.sql("""
                        insert into person(user_id, commune_id, full_name, position, email, phone, role, office_id, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        p.userId(),
                        p.communeId(),
                        p.fullName(),
                        p.position(),
                        p.email(),
                        p.phone(),
                        p.role().name(),
                        p.officeId(),
                        by)
                .update();
    }

    List<Person> ofCommune(String communeId) {
        return jdbc.sql("select " + COLUMNS
                        + " from person where commune_id = ? order by active desc, full_name, user_id")
                .param(communeId)
                .query(PersonRepository::map)
                .list();
    }

    Optional<Person> find(String userId) {
        return jdbc.sql("select " + COLUMNS + " from person where user_id = ?")
                .param(userId)
                .query(PersonRepository::map)
                .optional();
    }

    void moveTo(String userId, String officeId) {
        jdbc.sql("update person set office_id = ? where user_id = ?")
                .params(officeId, userId)
                .update();
    }

    void markLeft(String userId, Instant at) {
        jdbc.sql("update person set active = false, left_at = ? where user_id = ?")
                .params(Timestamp.from(at), userId)
                .update();
    }

    private static Person map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Person(
                rs.getString("user_id"),
                rs.getString("commune_id"),
                rs.getString("full_name"),
                rs.getString("position"),
                rs.getString("email"),
                rs.getString("phone"),
                PersonRole.valueOf(rs.getString("role")),
                rs.getString("office_id"),
                rs.getBoolean("active"));
    }
}
