package vn.commune.workflow.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: their offices (Camunda groups), their roles and their commune. */
@Component
public class CurrentUser {

    static final String GROUP_PREFIX = "GROUP_";
    static final String COMMUNE_PREFIX = "COMMUNE_";
    static final String PROVINCE_PREFIX = "PROVINCE_";

    public String id() {
        return authentication().getName();
    }

    public Set<String> groups() {
        return withPrefix(GROUP_PREFIX);
    }

    public boolean inGroup(String groupId) {
        return groups().contains(groupId);
    }

    /** The commune the user belongs to; none for the system administrator and province staff. */
    public Optional<String> communeId() {
        return communeOf(authentication());
    }

    /** The commune of someone just authenticated, before they are the current user (the audit of logins). */
    public static Optional<String> communeOf(Authentication authentication) {
        return named(authentication, COMMUNE_PREFIX).stream().sorted().findFirst();
    }

    /** The provinces whose communes the person follows (province staff). */
    public Set<String> provinceIds() {
        return withPrefix(PROVINCE_PREFIX);
    }

    public boolean has(Role role) {
        return authorities().contains(role.authority());
    }

    public boolean isLeadership() {
        return has(Role.LEADERSHIP);
    }

    public boolean isAdministrator() {
        return has(Role.SYSTEM_ADMIN);
    }

    /** Creating plans, previewing them and naming their offices: leadership, clerks, the administrators. */
    public boolean mayManagePlans() {
        return isLeadership() || has(Role.CLERK) || has(Role.COMMUNE_ADMIN) || isAdministrator();
    }

    private Set<String> withPrefix(String prefix) {
        return Set.copyOf(named(authentication(), prefix));
    }

    /** The names an authentication's authorities give with this prefix: its groups, communes or provinces. */
    static List<String> named(Authentication authentication, String prefix) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .toList();
    }

    private static Set<String> authorities() {
        return authentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new IllegalStateException("No authenticated user");
        }
        return auth;
    }
}
