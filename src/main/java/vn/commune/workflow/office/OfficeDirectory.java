package vn.commune.workflow.office;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.mail.Recipient;
import vn.commune.workflow.security.Groups;

/**
 * Offices and their people: each office is a row of ours and a Camunda group whose members
 * may open Tasklist and work on the tasks offered to that group, and nothing else.
 */
@Service
public class OfficeDirectory {

    /** The chairman and vice chairmen; not an office that owns tasks. */
    public static final String LEADERSHIP_GROUP = Groups.LEADERSHIP;

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

    @Transactional
    public void createUser(
            String userId, String firstName, String lastName, String email, String password, String groupId) {
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identity.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(userId, groupId);
    }

    /** E-mail addresses of the members of a group (an office, or the leadership). */
    public List<Recipient> membersOf(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                .map(u -> new Recipient(u.getId(), fullName(u), u.getEmail()))
                .toList();
    }

    /** The leadership and an office's members, each once: who is told that something is late or missing. */
    public List<Recipient> leadershipAnd(String officeId) {
        Map<String, Recipient> members = new LinkedHashMap<>();
        for (String group : List.of(LEADERSHIP_GROUP, officeId)) {
            membersOf(group).forEach(m -> members.putIfAbsent(m.userId(), m));
        }
        return List.copyOf(members.values());
    }

    public java.util.Optional<Recipient> member(String userId) {
        User u = identity.createUserQuery().userId(userId).singleResult();
        return u == null || u.getEmail() == null || u.getEmail().isBlank()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Recipient(u.getId(), fullName(u), u.getEmail()));
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
}
