package vn.commune.workflow.office;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
                .query((rs, n) ->
                        new Office(rs.getString("id"), rs.getString("name"), OfficeKind.valueOf(rs.getString("kind"))))
                .list();
    }

    public Optional<Office> findById(String id) {
        return jdbc.sql("select id, name, kind from office where id = ?")
                .param(id)
                .query((rs, n) ->
                        new Office(rs.getString("id"), rs.getString("name"), OfficeKind.valueOf(rs.getString("kind"))))
                .optional();
    }

    public String nameOf(String id) {
        return findById(id).map(Office::name).orElse(id);
    }

    /** A commune whose offices are being made starts with the default collective phrases. */
    void seedCollectives(String communeId) {
        jdbc.sql("""
                        insert into office_collective(commune_id, phrase, kind, created_by)
                        select ?, phrase, kind, 'seed' from office_collective_default on conflict do nothing""").param(communeId).update();
    }

    /** The commune's collective phrases, each with the kinds of office it covers. */
    public List<Collective> collectives(String communeId) {
        Map<String, Set<OfficeKind>> kinds = new LinkedHashMap<>();
        jdbc.sql("select phrase, kind from office_collective where commune_id = ? order by phrase, kind")
                .param(communeId)
                .query(rs -> {
                    kinds.computeIfAbsent(rs.getString("phrase"), p -> EnumSet.noneOf(OfficeKind.class))
                            .add(OfficeKind.valueOf(rs.getString("kind")));
                });
        return kinds.entrySet().stream()
                .map(e -> new Collective(e.getKey(), e.getValue()))
                .toList();
    }

    void replaceCollectives(String communeId, List<Collective> collectives, String by) {
        jdbc.sql("delete from office_collective where commune_id = ?")
                .param(communeId)
                .update();
        for (Collective collective : collectives) {
            for (OfficeKind kind : collective.kinds()) {
                jdbc.sql("insert into office_collective(commune_id, phrase, kind, created_by) values (?, ?, ?, ?)")
                        .params(communeId, collective.phrase(), kind.name(), by)
                        .update();
            }
        }
    }

    /** The commune an office belongs to. */
    public String communeOf(String officeId) {
        return jdbc.sql("select commune_id from office where id = ?")
                .param(officeId)
                .query(String.class)
                .single();
    }

    /** Alias text as the commune writes it → office id. */
    public Map<String, String> aliases(String communeId) {
        Map<String, String> aliases = new LinkedHashMap<>();
        jdbc.sql("select alias, office_id from office_alias where commune_id = ? order by alias")
                .param(communeId)
                .query(rs -> {
                    aliases.put(rs.getString("alias"), rs.getString("office_id"));
                });
        return aliases;
    }

    public void saveAlias(String communeId, String alias, String officeId, String by) {
        jdbc.sql("""
                        insert into office_alias(commune_id, alias, office_id, created_by) values (?, ?, ?, ?)
                        on conflict (commune_id, alias) do update set office_id = excluded.office_id, created_by = excluded.created_by""").params(communeId, alias, officeId, by).update();
    }

    void insert(String communeId, Office office, int sortOrder) {
        jdbc.sql("insert into office(id, commune_id, name, kind, sort_order) values (?, ?, ?, ?, ?)")
                .params(office.id(), communeId, office.name(), office.kind().name(), sortOrder)
                .update();
    }

    /** Short forms of the commune's offices, by office id (offices without one are left out). */
    public Map<String, String> shortNames(String communeId) {
        Map<String, String> shortNames = new LinkedHashMap<>();
        jdbc.sql("select id, short_name from office where commune_id = ? and short_name is not null")
                .param(communeId)
                .query(rs -> {
                    shortNames.put(rs.getString("id"), rs.getString("short_name"));
                });
        return shortNames;
    }

    void update(Office office, String shortName) {
        jdbc.sql("update office set name = ?, kind = ?, short_name = ? where id = ?")
                .params(office.name(), office.kind().name(), shortName, office.id())
                .update();
    }

    void setShortName(String officeId, String shortName) {
        jdbc.sql("update office set short_name = ? where id = ?")
                .params(shortName, officeId)
                .update();
    }

    int nextSortOrder(String communeId) {
        return jdbc.sql("select coalesce(max(sort_order) + 1, 0) from office where commune_id = ?")
                .param(communeId)
                .query(Integer.class)
                .single();
    }
}
