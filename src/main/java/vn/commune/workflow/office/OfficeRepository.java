package vn.commune.workflow.office;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OfficeRepository {

    private final JdbcClient jdbc;

    OfficeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Office> findByCommune(String communeId) {
        return jdbc.sql("select id, name, kind from office where commune_id = ? order by sort_order, id")
                .param(communeId)
                .query((rs, n) -> new Office(rs.getString("id"), rs.getString("name"), OfficeKind.valueOf(rs.getString("kind"))))
                .list();
    }

    public Optional<Office> findById(String id) {
        return jdbc.sql("select id, name, kind from office where id = ?")
                .param(id)
                .query((rs, n) -> new Office(rs.getString("id"), rs.getString("name"), OfficeKind.valueOf(rs.getString("kind"))))
                .optional();
    }

    public String nameOf(String id) {
        return findById(id).map(Office::name).orElse(id);
    }

    public boolean communeExists(String communeId) {
        return jdbc.sql("select count(*) from commune where id = ?").param(communeId).query(Long.class).single() > 0;
    }

    public void createCommune(String communeId, String name) {
        jdbc.sql("insert into commune(id, name) values (?, ?)").params(communeId, name).update();
    }

    void insert(String communeId, Office office, int sortOrder) {
        jdbc.sql("insert into office(id, commune_id, name, kind, sort_order) values (?, ?, ?, ?, ?)")
                .params(office.id(), communeId, office.name(), office.kind().name(), sortOrder)
                .update();
    }
}
