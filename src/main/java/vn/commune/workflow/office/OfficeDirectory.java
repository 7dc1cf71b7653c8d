package vn.commune.workflow.office;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offices and their people: each office is a row of ours and a Camunda group whose members
 * may open Tasklist and work on the tasks offered to that group, and nothing else.
 */
@Service
public class OfficeDirectory {

    /** The chairman and vice chairmen; not an office that owns tasks. */
    public static final String LEADERSHIP_GROUP = "lanh-dao";

    private final OfficeRepository offices;
    private final IdentityService identity;
    private final AuthorizationService authorizations;

    OfficeDirectory(OfficeRepository offices, IdentityService identity, AuthorizationService authorizations) {
        this.offices = offices;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @Transactional
    public void createOffices(String communeId, List<Office> list) {
        for (int i = 0; i < list.size(); i++) {
            Office office = list.get(i);
            offices.insert(communeId, office, i);
            createGroup(office.id(), office.name(), "OFFICE");
        }
    }

    @Transactional
    public void createGroup(String groupId, String name, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
        boolean leadership = LEADERSHIP_GROUP.equals(groupId);
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // Lets Tasklist show the diagram and form of the task at hand; the leadership also follows every instance.
        grant(
                groupId,
                Resources.PROCESS_DEFINITION,
                "*",
                leadership
                        ? new Permissions[] {Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY}
                        : new Permissions[] {Permissions.READ});
        if (leadership) {
            grant(groupId, Resources.TASK, "*", Permissions.READ);
            grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
            grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        }
    }

    /** A person of an office, whose password must satisfy the engine's password policy. */
    @Transactional
    public void createUser(
            String userId, String firstName, String lastName, String email, String password, String groupId) {
        createUser(userId, firstName, lastName, email, password, groupId, false);
    }

    /**
     * A person of the demo or test commune. They keep the well-known password "demo", which the password policy
     * refuses: only demo and test people skip it.
     */
    @Transactional
    public void createDemoUser(
            String userId, String firstName, String lastName, String email, String password, String groupId) {
        createUser(userId, firstName, lastName, email, password, groupId, true);
    }

    /**
     * The demo's Camunda administrator, made as the Camunda starter makes the one of {@code camunda.bpm.admin-user}
     * (group camunda-admin with every permission on every resource), but with the demo password.
     */
    @Transactional
    public void createDemoAdministrator(String userId, String password) {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Quản trị Camunda");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
            for (Resources resource : Resources.values()) {
                grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
            }
        }
        createUser(userId, "Quản trị", "hệ thống", null, password, Groups.CAMUNDA_ADMIN, true);
    }

    private void createUser(
            String userId,
            String firstName,
            String lastName,
            String email,
            String password,
            String groupId,
            boolean skipPasswordPolicy) {
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identity.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        if (skipPasswordPolicy) {
            // The one way to skip the policy for a user; the method is on the implementation, not the interface.
            ((IdentityServiceImpl) identity).saveUser(user, true);
        } else {
            identity.saveUser(user);
        }
        identity.createMembership(userId, groupId);
        limitOwnAccount(userId);
    }

    /**
     * The engine gives each new user every permission on their own account, deleting it and changing their
     * e-mail (where the product sends their reminders) included. Both are the administrator's job: a person may
     * read their account and update it (the engine needs that for a password change); the engine's HTTP edge
     * refuses the profile change and the deletion.
     */
    private void limitOwnAccount(String userId) {
        Authorization own = authorizations
                .createAuthorizationQuery()
                .userIdIn(userId)
                .resourceType(Resources.USER)
                .resourceId(userId)
                .singleResult();
        if (own != null) {
            own.setPermissions(new Permission[] {Permissions.READ, Permissions.UPDATE});
            authorizations.saveAuthorization(own);
        }
    }

    /** E-mail addresses of the members of a group (an office, or the leadership). */
    public List<Member> membersOf(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                .map(u -> new Member(u.getId(), fullName(u), u.getEmail()))
                .toList();
    }

    /** The leadership and an office's members, each once: who is told that something is late or missing. */
    public List<Member> leadershipAnd(String officeId) {
        Map<String, Member> members = new LinkedHashMap<>();
        for (String group : List.of(LEADERSHIP_GROUP, officeId)) {
            membersOf(group).forEach(m -> members.putIfAbsent(m.userId(), m));
        }
        return List.copyOf(members.values());
    }

    public java.util.Optional<Member> member(String userId) {
        User u = identity.createUserQuery().userId(userId).singleResult();
        return u == null || u.getEmail() == null || u.getEmail().isBlank()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Member(u.getId(), fullName(u), u.getEmail()));
    }

    public List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }

    private static String fullName(User u) {
        return ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                        + (u.getLastName() == null ? "" : u.getLastName()))
                .trim();
    }

    private void grant(String groupId, Resources resource, String resourceId, Permissions... permissions) {
        Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        for (Permissions permission : permissions) {
            auth.addPermission(permission);
        }
        authorizations.saveAuthorization(auth);
    }

    public record Member(String userId, String name, String email) {}
}
