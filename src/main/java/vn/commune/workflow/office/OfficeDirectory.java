package vn.commune.workflow.office;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.mail.Recipient;
import vn.commune.workflow.security.Groups;

/**
 * Offices and their people: each office is a row of ours and a Camunda group whose members
 * may open Tasklist and work on the tasks offered to that group, and nothing else.
 */
@Service
public class OfficeDirectory {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final OfficeRepository offices;
    private final Communes communes;
    private final IdentityService identity;
    private final AuthorizationService authorizations;

    OfficeDirectory(
            OfficeRepository offices,
            Communes communes,
            IdentityService identity,
            AuthorizationService authorizations) {
        this.offices = offices;
        this.communes = communes;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    /** The commune's offices, each a row of ours and a group of the commune's tenant; codes become qualified ids. */
    @Transactional
    public List<Office> createOffices(Commune commune, List<Office> byCode) {
        List<Office> created = new java.util.ArrayList<>();
        offices.seedCollectives(commune.id());
        for (int i = 0; i < byCode.size(); i++) {
            Office office = byCode.get(i);
            Office qualified = new Office(commune.qualify(office.id()), office.name(), office.kind());
            offices.insert(commune.id(), qualified, i);
            createGroup(commune, qualified.id(), qualified.name(), Groups.TYPE_OFFICE);
            created.add(qualified);
        }
        return created;
    }

    /**
     * The commune's offices as its administrator set them up: new codes become offices (and groups), known ones
     * take the new name, short form and kind; aliases are added. Offices are never removed here: plans name them.
     */
    @Transactional
    public List<Office> saveOffices(Commune commune, List<OfficeSetup> setups, String by) {
        offices.seedCollectives(commune.id());
        List<Office> saved = new java.util.ArrayList<>();
        for (OfficeSetup setup : setups) {
            Office office = new Office(commune.qualify(setup.code()), setup.name(), setup.kind());
            String shortName = setup.shortName() == null || setup.shortName().isBlank() ? null : setup.shortName();
            if (offices.findById(office.id()).isPresent()) {
                offices.update(office, shortName);
                Group group = identity.createGroupQuery().groupId(office.id()).singleResult();
                group.setName(office.name());
                identity.saveGroup(group);
            } else {
                offices.insert(commune.id(), office, offices.nextSortOrder(commune.id()));
                offices.setShortName(office.id(), shortName);
                createGroup(commune, office.id(), office.name(), Groups.TYPE_OFFICE);
            }
            setup.aliases().stream()
                    .filter(alias -> !alias.isBlank())
                    .forEach(alias -> offices.saveAlias(commune.id(), alias.strip(), office.id(), by));
            saved.add(office);
        }
        return saved;
    }

    /** A group of the commune (an office, its leadership, its clerks): its members belong to the commune's tenant. */
    @Transactional
    public void createGroup(Commune commune, String groupId, String name, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
        identity.createTenantGroupMembership(commune.id(), groupId);
        boolean leadership = Groups.TYPE_LEADERSHIP.equals(type);
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

    /** The group of a province's staff who follow its communes in the product's pages; no Camunda application. */
    @Transactional
    public void createProvinceGroup(String groupId, String name) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(name);
            group.setType(Groups.TYPE_PROVINCE);
            identity.saveGroup(group);
        }
    }

    /** A person of an office, whose password must satisfy the engine's password policy. */
    @Transactional
    public void createUser(
            String userId, String firstName, String lastName, String email, String password, String groupId) {
        createUser(userId, firstName, lastName, email, password, List.of(groupId), false);
    }

    /**
     * A person of the demo or test commune. They keep the well-known password "demo", which the password policy
     * refuses: only demo and test people skip it.
     */
    @Transactional
    public void createDemoUser(
            String userId, String firstName, String lastName, String email, String password, String groupId) {
        createUser(userId, firstName, lastName, email, password, List.of(groupId), true);
    }

    /**
     * The demo's Camunda administrator, made as the Camunda starter makes the one of {@code camunda.bpm.admin-user}
     * (group camunda-admin with every permission on every resource), but with the demo password.
     */
    @Transactional
    public void createDemoAdministrator(String userId, String password) {
        administratorsGroup();
        createUser(userId, "Quản trị", "hệ thống", null, password, List.of(Groups.ADMINISTRATORS), true);
    }

    /** A system administrator of a real deployment (the first one comes from the setup link): the policy holds. */
    @Transactional
    public void createAdministrator(String userId, String fullName, String email, String password) {
        administratorsGroup();
        createUser(userId, fullName, "", email, password, List.of(Groups.ADMINISTRATORS), false);
    }

    /**
     * A person set up by an administrator, in these groups: they choose their own password from a mailed link, so
     * until then the account has a random one nobody knows.
     */
    @Transactional
    public void createPerson(String userId, String fullName, String email, List<String> groupIds) {
        createUser(userId, fullName, "", email, unknownPassword(), groupIds, true);
    }

    /** A person moves from one of their groups (none: joins) to another, e.g. from an office to another office. */
    @Transactional
    public void moveMembership(String userId, String fromGroupId, String toGroupId) {
        if (fromGroupId != null) {
            identity.deleteMembership(userId, fromGroupId);
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(toGroupId).count() == 0) {
            identity.createMembership(userId, toGroupId);
        }
    }

    /** A person who left: out of every group, and a password nobody knows, so the account opens nothing. */
    @Transactional
    public void closeAccount(String userId) {
        for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
            identity.deleteMembership(userId, group.getId());
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user != null) {
            user.setPassword(unknownPassword());
            ((IdentityServiceImpl) identity).saveUser(user, true);
        }
    }

    public boolean userExists(String userId) {
        return identity.createUserQuery().userId(userId).count() > 0;
    }

    public boolean emailTaken(String email) {
        return identity.createUserQuery().userEmail(email).count() > 0;
    }

    private void administratorsGroup() {
        if (identity.createGroupQuery().groupId(Groups.ADMINISTRATORS).count() == 0) {
            Group group = identity.newGroup(Groups.ADMINISTRATORS);
            group.setName("Quản trị Camunda");
            group.setType(org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
            for (Resources resource : Resources.values()) {
                grant(Groups.ADMINISTRATORS, resource, Authorization.ANY, Permissions.ALL);
            }
        }
    }

    private static String unknownPassword() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return java.util.Base64.getUrlEncoder().encodeToString(random);
    }

    private void createUser(
            String userId,
            String firstName,
            String lastName,
            String email,
            String password,
            List<String> groupIds,
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
        groupIds.forEach(groupId -> identity.createMembership(userId, groupId));
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
    public List<Recipient> membersOf(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                .map(u -> new Recipient(u.getId(), fullName(u), u.getEmail()))
                .toList();
    }

    /** The leadership of the commune. */
    public List<Recipient> leadershipOf(String communeId) {
        return membersOf(communes.get(communeId).leadershipGroup());
    }

    /** The leadership of the office's commune and the office's members, each once: who is told that something is late. */
    public List<Recipient> leadershipAnd(String officeId) {
        Map<String, Recipient> members = new LinkedHashMap<>();
        String leadership = communes.get(offices.communeOf(officeId)).leadershipGroup();
        for (String group : List.of(leadership, officeId)) {
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

    /** A person's full name, with or without an e-mail address (a report's signer). */
    public java.util.Optional<String> fullNameOf(String userId) {
        return java.util.Optional.ofNullable(
                        identity.createUserQuery().userId(userId).singleResult())
                .map(OfficeDirectory::fullName);
    }

    /** The offices a person works in (their office groups; the leadership is no office). */
    public List<String> officesOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).groupType(Groups.TYPE_OFFICE).list().stream()
                .map(Group::getId)
                .toList();
    }

    /** Everyone in the commune: the members of its groups. */
    public java.util.Set<String> peopleOf(String communeId) {
        java.util.Set<String> people = new java.util.TreeSet<>();
        for (Group group : identity.createGroupQuery().memberOfTenant(communeId).list()) {
            identity.createUserQuery().memberOfGroup(group.getId()).list().forEach(u -> people.add(u.getId()));
        }
        return people;
    }

    /** The commune whose leadership the person belongs to, if they belong to one. */
    public java.util.Optional<String> communeLedBy(String userId) {
        return identity.createGroupQuery().groupMember(userId).groupType(Groups.TYPE_LEADERSHIP).list().stream()
                .flatMap(g -> identity.createTenantQuery().groupMember(g.getId()).list().stream())
                .map(t -> t.getId())
                .findFirst();
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
