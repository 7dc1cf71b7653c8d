package vn.commune.workflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** What a person's Camunda groups and tenant make of them: their offices, roles and commune. */
@Component
public class UserAuthorities {

    private final IdentityService identity;

    UserAuthorities(IdentityService identity) {
        this.identity = identity;
    }

    public List<GrantedAuthority> of(String userId) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
            authorities.add(new SimpleGrantedAuthority(CurrentUser.GROUP_PREFIX + group.getId()));
            roleOf(group).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            if (Groups.TYPE_PROVINCE.equals(group.getType())
                    && group.getId().startsWith(Groups.PROVINCE_GROUP_PREFIX)) {
                authorities.add(new SimpleGrantedAuthority(
                        CurrentUser.PROVINCE_PREFIX + group.getId().substring(Groups.PROVINCE_GROUP_PREFIX.length())));
            }
        }
        identity.createTenantQuery()
                .userMember(userId)
                .includingGroupsOfUser(true)
                .list()
                .forEach(tenant ->
                        authorities.add(new SimpleGrantedAuthority(CurrentUser.COMMUNE_PREFIX + tenant.getId())));
        return authorities;
    }

    private static Optional<Role> roleOf(Group group) {
        if (Groups.ADMINISTRATORS.equals(group.getId())) {
            return Optional.of(Role.SYSTEM_ADMIN);
        }
        String type = group.getType() == null ? "" : group.getType();
        return Optional.ofNullable(
                switch (type) {
                    case Groups.TYPE_LEADERSHIP -> Role.LEADERSHIP;
                    case Groups.TYPE_CLERK -> Role.CLERK;
                    case Groups.TYPE_COMMUNE_ADMIN -> Role.COMMUNE_ADMIN;
                    case Groups.TYPE_PROVINCE -> Role.PROVINCE_VIEWER;
                    case Groups.TYPE_OFFICE -> Groups.isCommuneOffice(group.getId()) ? Role.CLERK : null;
                    default -> null;
                });
    }
}
