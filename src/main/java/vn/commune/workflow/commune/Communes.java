package vn.commune.workflow.commune;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.system.Refusal;

/** The province and its communes; each commune is a Camunda tenant, so the engine keeps its data apart. */
@Service
public class Communes {

    private static final String COLUMNS = "id, name, province_id, id_prefix";

    private final JdbcClient jdbc;
    private final IdentityService identity;

    Communes(JdbcClient jdbc, IdentityService identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    @Transactional
    public void createProvince(String id, String name) {
        jdbc.sql("insert into province(id, name) values (?, ?) on conflict (id) do nothing")
                .params(id, name)
                .update();
    }

    @Transactional
    public Commune create(Commune commune) {
        if (exists(commune.id())) {
            throw Refusal.conflict("Đã có xã mã " + commune.id() + ".");
        }
        jdbc.sql("insert into commune(id, name, province_id, id_prefix) values (?, ?, ?, ?)")
                .params(commune.id(), commune.name(), commune.provinceId(), commune.idPrefix())
                .update();
        if (identity.createTenantQuery().tenantId(commune.id()).count() == 0) {
            Tenant tenant = identity.newTenant(commune.id());
            tenant.setName(commune.name());
            identity.saveTenant(tenant);
        }
        return commune;
    }

    public List<Province> provinces() {
        return jdbc.sql("select id, name from province order by name, id")
                .query((rs, n) -> new Province(rs.getString("id"), rs.getString("name")))
                .list();
    }

    public boolean provinceExists(String provinceId) {
        return jdbc.sql("select count(*) from province where id = ?")
                        .param(provinceId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The commune whose ids start with this prefix, if any. */
    public Optional<Commune> withPrefix(String idPrefix) {
        return jdbc.sql("select " + COLUMNS + " from commune where id_prefix = ?")
                .param(idPrefix)
                .query(Communes::map)
                .optional();
    }

    /** A commune made before provinces existed joins one; a commune already in a province stays there. */
    @Transactional
    public void joinProvince(String communeId, String provinceId) {
        jdbc.sql("update commune set province_id = ? where id = ? and province_id is null")
                .params(provinceId, communeId)
                .update();
    }

    public boolean exists(String communeId) {
        return find(communeId).isPresent();
    }

    public Optional<Commune> find(String communeId) {
        return jdbc.sql("select " + COLUMNS + " from commune where id = ?")
                .param(communeId)
                .query(Communes::map)
                .optional();
    }

    public Commune get(String communeId) {
        return find(communeId).orElseThrow(() -> Refusal.notFound("Không tìm thấy xã " + communeId + "."));
    }

    public String nameOf(String communeId) {
        return get(communeId).name();
    }

    public List<Commune> list() {
        return jdbc.sql("select " + COLUMNS + " from commune order by name, id")
                .query(Communes::map)
                .list();
    }

    public List<Commune> ofProvince(String provinceId) {
        return jdbc.sql("select " + COLUMNS + " from commune where province_id = ? order by name, id")
                .param(provinceId)
                .query(Communes::map)
                .list();
    }

    private static Commune map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Commune(
                rs.getString("id"), rs.getString("name"), rs.getString("province_id"), rs.getString("id_prefix"));
    }
}
