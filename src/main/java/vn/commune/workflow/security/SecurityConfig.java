package vn.commune.workflow.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.commune.workflow.system.WorkflowProperties;

/**
 * Login for everything. People log in once (form or HTTP Basic); the Camunda webapps and the engine's
 * REST API take the logged-in user from the container, so the engine's authorizations decide which
 * office's tasks a person sees and may work on.
 */
@Configuration
class SecurityConfig {

    /** The app's pages load only their own scripts and styles, none inline, and are framed by nobody. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
                    + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /** Who Spring Security logged in, with their groups and tenants, for the engine's REST API and the webapps. */
    private static final String CONTAINER_PROVIDER = EngineAuthenticationProvider.class.getName();

    /** Integrations call the engine with HTTP Basic, without sessions. */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher("/engine-rest/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic auth has no cookie a foreign site could ride on.
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain app(HttpSecurity http, WorkflowProperties workflow, ObjectMapper json) throws Exception {
        RequestMatcher camunda = PathPatternRequestMatcher.withDefaults().matcher("/camunda/**");
        return http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/login.html",
                                // Before one can log in: the first administrator, choosing a password, a forgotten one.
                                "/setup.html",
                                "/password.html",
                                "/forgot-password.html",
                                "/api/account/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .httpBasic(withDefaults())
                .logout(l -> l.logoutRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"))
                        .logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new AntPathRequestMatcher("/api/**")))
                // The Camunda webapps send their own policy (their pages need inline scripts with a nonce); two
                // policies would both apply, so ours is for the app's own pages and API only. HSTS is Spring
                // Security's default (a year, subdomains), sent on secure requests: see application-prod.yml.
                .headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(camunda),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))))
                // Cross-site requests are refused by their Origin (SameOriginCheck says why not a token); the
                // Camunda webapps guard /camunda with their own CSRF token filter.
                .csrf(c -> c.disable())
                .addFilterBefore(new SameOriginCheck(camunda, workflow.baseUrl(), json), LogoutFilter.class)
                .build();
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", CONTAINER_PROVIDER));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", CONTAINER_PROVIDER));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
