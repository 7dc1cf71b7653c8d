package vn.commune.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the engine's REST API and the webapps who Spring Security logged in, with the groups and tenants the login
 * already read ({@link UserAuthorities}, the same two identity queries the engine would run): the container-based
 * provider gives only the name, and the engine then reads both again on every HTTP Basic call.
 */
public class EngineAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login == null
                || login instanceof AnonymousAuthenticationToken
                || !login.isAuthenticated()
                || login.getName() == null
                || login.getName().isEmpty()) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(login.getName());
        result.setGroups(CurrentUser.named(login, CurrentUser.GROUP_PREFIX));
        result.setTenants(CurrentUser.named(login, CurrentUser.COMMUNE_PREFIX));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security answers for an anonymous request before the engine is reached.
    }
}
