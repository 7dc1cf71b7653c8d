package vn.commune.workflow.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, and which offices (Camunda groups) they belong to. */
@Component
public class CurrentUser {

    static final String GROUP_PREFIX = "GROUP_";

    public String id() {
        return authentication().getName();
    }

    public Set<String> groups() {
        return authentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP_PREFIX))
                .map(a -> a.substring(GROUP_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean inGroup(String groupId) {
        return groups().contains(groupId);
    }

    public boolean isLeadership() {
        return inGroup(Groups.LEADERSHIP);
    }

    public boolean isAdministrator() {
        return inGroup(Groups.ADMINISTRATORS);
    }

    /** Creating plans, previewing them and naming their offices: the leadership, the commune's office, the administrator. */
    public boolean mayManagePlans() {
        return isLeadership() || isAdministrator() || inGroup(Groups.COMMUNE_OFFICE);
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new IllegalStateException("No authenticated user");
        }
        return auth;
    }
}
