package nl.omkijken.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.omkijken.area.Areas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a person in through the OpenID Connect provider (Keycloak; DigiD and eHerkenning behind it). The provider's
 * roles or groups are mapped to ours and replace what the account had; with no mapped role the account keeps its
 * roles, and a first-time visitor becomes a resident.
 */
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcAccountService.class);

    private final OidcUserService provider = new OidcUserService();
    private final AccountRepository accounts;
    private final Areas areas;
    private final IdentityProperties.Oidc settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OidcAccountService(
            AccountRepository accounts,
            Areas areas,
            IdentityProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.accounts = accounts;
        this.areas = areas;
        this.settings = properties.oidc();
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = provider.loadUser(request);
        var email = user.getEmail();
        if (email == null || email.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("missing_email"));
        }
        var mapped = mapRoles(user.getClaims(), settings.roleClaim(), settings.roleMapping());
        var account = transactions.execute(status -> synchronise(user, email, mapped));
        if (!account.enabled()) {
            log.info("Sign-in through identity provider refused for deactivated account {}", account.id());
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"));
        }
        var summary = AccountSummary.of(account);
        return new OidcSignedIn(
                summary, summary.roles().stream().map(Role::authority).toList(), user.getIdToken(), user.getUserInfo());
    }

    private Account synchronise(OidcUser user, String email, Set<Role> mapped) {
        var municipality = areas.municipality().code();
        var account = accounts.findByMunicipalityCodeAndEmail(municipality, Account.normalise(email))
                .orElseGet(() -> {
                    var created = Account.fromIdentityProvider(
                            municipality, email, displayName(user, email), user.getSubject(), clock.instant());
                    created.changeRoles(EnumSet.of(Role.RESIDENT));
                    return created;
                });
        account.linkIdentityProvider(user.getSubject());
        if (!mapped.isEmpty()) {
            account.changeRoles(mapped);
        }
        account.recordLogin(clock.instant());
        return accounts.save(account);
    }

    /** Reads the roles at a dotted claim path (e.g. {@code realm_access.roles}) and maps the known ones to ours. */
    static Set<Role> mapRoles(Map<String, Object> claims, String claimPath, Map<String, Role> mapping) {
        Object value = claims;
        for (var part : claimPath.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        var roles = EnumSet.noneOf(Role.class);
        if (value instanceof Collection<?> names) {
            for (var name : names) {
                var role = mapping.get(String.valueOf(name));
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static String displayName(OidcUser user, String email) {
        if (user.getGivenName() != null) {
            return user.getGivenName();
        }
        return user.getFullName() != null ? user.getFullName() : email.substring(0, email.indexOf('@'));
    }
}
