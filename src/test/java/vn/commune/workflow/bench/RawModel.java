package vn.commune.workflow.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.transaction.support.TransactionTemplate;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.demo.DemoPeople;
import vn.commune.workflow.office.Office;

/**
 * The naive model a team would write on raw Camunda 7.24, at the same scale in the same engine and database: its own
 * groups and people ("raw." before the product's ids), no tenants, one instance of {@code RawOfficeShare} per office
 * share with its three boundary timers.
 */
final class RawModel {

    static final String PROCESS_KEY = "RawOfficeShare";
    static final String PREFIX = "raw.";

    private final ProcessEngine engine;
    private final TransactionTemplate transactions;

    RawModel(ProcessEngine engine, TransactionTemplate transactions) {
        this.engine = engine;
        this.transactions = transactions;
    }

    static String group(Commune commune, Office office) {
        return PREFIX + commune.qualify(office.id());
    }

    static String head(Commune commune, Office office) {
        return PREFIX + commune.qualify(DemoPeople.headOf(office.id()));
    }

    void deploy() {
        engine.getRepositoryService()
                .createDeployment()
                .name("raw-model")
                .addClasspathResource("bench/RawOfficeShare.bpmn")
                .deploy();
    }

    /** The commune's groups and heads, and a chairman for the overdue emails; the offices may open Tasklist. */
    void makePeople(Commune commune) {
        IdentityService identity = engine.getIdentityService();
        String leadership = PREFIX + commune.leadershipGroup();
        saveGroup(identity, leadership);
        saveUser(identity, PREFIX + commune.qualify(DemoPeople.CHAIRMAN), leadership);
        for (Office office : DemoPeople.OFFICES) {
            saveGroup(identity, group(commune, office));
            saveUser(identity, head(commune, office), group(commune, office));
            tasklistFor(group(commune, office));
        }
    }

    /** The commune's shares, one transaction per commune as the product's plan is: reminders 7 and 1 days ahead. */
    void start(Commune commune, int sharesPerOffice, Instant due, Instant firstReminder) {
        transactions.executeWithoutResult(tx -> {
            for (int s = 0; s < sharesPerOffice; s++) {
                for (Office office : DemoPeople.OFFICES) {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("office", group(commune, office));
                    variables.put("leadership", PREFIX + commune.leadershipGroup());
                    variables.put("due", Date.from(due));
                    variables.put("remind7", Date.from(firstReminder));
                    variables.put("remind1", Date.from(firstReminder.plus(Duration.ofDays(6))));
                    variables.put("overdue", Date.from(due));
                    engine.getRuntimeService()
                            .startProcessInstanceByKey(
                                    PROCESS_KEY, commune.id() + "-" + office.id() + "-" + s, variables);
                }
            }
        });
    }

    private void tasklistFor(String groupId) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization access = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        access.setGroupId(groupId);
        access.setResource(Resources.APPLICATION);
        access.setResourceId("tasklist");
        access.addPermission(Permissions.ACCESS);
        authorizations.saveAuthorization(access);
    }

    private static void saveGroup(IdentityService identity, String id) {
        Group group = identity.newGroup(id);
        group.setName(id);
        identity.saveGroup(group);
    }

    private static void saveUser(IdentityService identity, String id, String groupId) {
        User user = identity.newUser(id);
        user.setFirstName("Raw");
        user.setLastName(id);
        user.setEmail(id + "@raw.example");
        user.setPassword(DemoPeople.PASSWORD);
        ((IdentityServiceImpl) identity).saveUser(user, true);
        identity.createMembership(id, groupId);
    }
}
