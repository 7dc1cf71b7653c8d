package vn.commune.workflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * One set of users for everything: the engine's identity service checks the password; the user's Camunda groups
 * (their office, their roles) and tenant (their commune) become their authorities.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;
    private final UserAuthorities authorities;

    CamundaIdentityAuthenticationProvider(IdentityService identity, UserAuthorities authorities) {
        this.identity = identity;
        this.authorities = authorities;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (userId == null || password == null || !identity.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu.");
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities.of(userId));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
