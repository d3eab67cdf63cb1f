package nl.omkijken.identity;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import nl.omkijken.area.Areas;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deny by default: a path is open to anonymous visitors only when some module lists it in a {@link PublicPaths}
 * bean; the account administration needs the administrator role; everything else needs a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/inloggen";
    static final String SESSION_COOKIE = "OMKIJKEN_SESSION";

    @Bean
    PublicPaths identityPublicPaths() {
        return new PublicPaths(
                LOGIN_PAGE,
                EmailSignInController.PATH,
                EmailSignInController.PATH + "/*",
                "/uitnodiging/**",
                "/actuator/health",
                "/formulier-verlopen");
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<PublicPaths> publicPaths,
            SessionRegistry sessionRegistry,
            IdentityProperties properties,
            ObjectProvider<ClientRegistrationRepository> clientRegistrations,
            ObjectProvider<OidcAccountService> oidcAccounts)
            throws Exception {
        var open = publicPaths.stream()
                .flatMap(p -> p.patterns().stream())
                .distinct()
                .toArray(String[]::new);
        http.authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(open)
                                .permitAll()
                                .requestMatchers("/beheer/accounts/**", "/beheer/organisaties/**")
                                .hasRole(Role.ADMINISTRATOR.name())
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .usernameParameter("email")
                        .failureHandler(new SignInFailureHandler())
                        .defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/uitloggen")
                        .logoutSuccessUrl("/?uitgelogd")
                        .deleteCookies(SESSION_COOKIE))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), pathPattern("/api/**"))
                        .defaultAuthenticationEntryPointFor(new SignInEntryPoint(LOGIN_PAGE), pathPattern("/**"))
                        .accessDeniedHandler(accessDeniedHandler()))
                .sessionManagement(sessions -> sessions
                        // Lets encodeURL reach the language filter; session ids never enter URLs, because
                        // server.servlet.session.tracking-modes is cookie only.
                        .enableSessionUrlRewriting(true)
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl(LOGIN_PAGE + "?verlopen"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                        + " object-src 'none'; base-uri 'self'; form-action 'self';"
                                        + " frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (properties.oidc().enabled()) {
            if (clientRegistrations.getIfAvailable() == null) {
                throw new IllegalStateException("omkijken.identity.oidc.enabled is true, but no client registration"
                        + " is configured under spring.security.oauth2.client.registration");
            }
            http.oauth2Login(oidc -> oidc.loginPage(LOGIN_PAGE)
                    .failureUrl(LOGIN_PAGE + "?fout")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts.getObject())));
        }
        return http.build();
    }

    /** A form posted without a valid token (often after the session expired) gets a page that says so. */
    private static DelegatingAccessDeniedHandler accessDeniedHandler() {
        var expiredForm = new AccessDeniedHandlerImpl();
        expiredForm.setErrorPage("/formulier-verlopen");
        var handlers = new LinkedHashMap<
                Class<? extends AccessDeniedException>, org.springframework.security.web.access.AccessDeniedHandler>();
        handlers.put(CsrfException.class, expiredForm);
        return new DelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    /**
     * Password sign-in. As a bean it becomes the provider of Spring Security's global authentication manager, which
     * the filter chain uses; adding it to the chain as well would try, and throttle, every failure twice.
     */
    @Bean
    ThrottledAuthenticationProvider passwordSignIn(
            AccountRepository accounts,
            Areas areas,
            Environment environment,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts, areas, environment));
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    OidcAccountService oidcAccountService(
            AccountRepository accounts,
            Areas areas,
            IdentityProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        return new OidcAccountService(accounts, areas, properties, transactions, clock);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /**
     * The filter chain is not wrapped to record an observation per filter: nothing reads them, and the wrapping
     * alone cost a few percent of every page's time.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
