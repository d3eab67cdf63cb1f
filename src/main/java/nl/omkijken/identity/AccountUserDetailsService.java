package nl.omkijken.identity;

import nl.omkijken.area.Areas;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Looks up accounts for password sign-in. Demo accounts cannot sign in under the production profile. Not a bean of
 * its own: only the throttled password provider uses it.
 */
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Areas areas;
    private final boolean production;

    AccountUserDetailsService(AccountRepository accounts, Areas areas, Environment environment) {
        this.accounts = accounts;
        this.areas = areas;
        this.production = environment.acceptsProfiles(Profiles.of("production"));
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var account = accounts.findByMunicipalityCodeAndEmail(
                        areas.municipality().code(), Account.normalise(email))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var allowed = account.enabled() && !account.isPending() && !(production && account.demo());
        var hash = account.passwordHash() == null ? "" : account.passwordHash();
        return new LocalSignedIn(AccountSummary.of(account), hash, allowed);
    }
}
