package vn.commune.workflow.office;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;

/**
 * Every commune is a Camunda tenant and every group of it a member of that tenant. A database made before
 * communes were tenants gets them on its first start (its process instances were given the tenant by Liquibase).
 */
@Component
class CommuneTenantsCheck {

    private final Communes communes;
    private final OfficeRepository offices;
    private final IdentityService identity;

    CommuneTenantsCheck(Communes communes, OfficeRepository offices, IdentityService identity) {
        this.communes = communes;
        this.offices = offices;
        this.identity = identity;
    }

    @EventListener
    @Order(1)
    @Transactional
    public void joinTenants(ApplicationReadyEvent event) {
        for (Commune commune : communes.list()) {
            List<String> groups = new ArrayList<>(
                    offices.findByCommune(commune.id()).stream().map(Office::id).toList());
            groups.add(commune.leadershipGroup());
            long members =
                    identity.createGroupQuery().memberOfTenant(commune.id()).count();
            if (members >= groups.size()) {
                continue;
            }
            if (identity.createTenantQuery().tenantId(commune.id()).count() == 0) {
                Tenant tenant = identity.newTenant(commune.id());
                tenant.setName(commune.name());
                identity.saveTenant(tenant);
            }
            for (String group : groups) {
                if (identity.createGroupQuery().groupId(group).count() > 0
                        && identity.createTenantQuery()
                                        .tenantId(commune.id())
                                        .groupMember(group)
                                        .count()
                                == 0) {
                    identity.createTenantGroupMembership(commune.id(), group);
                }
            }
        }
    }
}
