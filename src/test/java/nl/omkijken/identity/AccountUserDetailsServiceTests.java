package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import nl.omkijken.IntegrationTest;
import nl.omkijken.area.Areas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Which accounts may sign in with a password. Runs on the shared context for its real repository and municipality
 * (both are package-private elsewhere, so a plain unit test would have to mock them); the service itself is built
 * here, once with and once without the production profile.
 */
@IntegrationTest
class AccountUserDetailsServiceTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    Areas areas;

    @Test
    void refusesADemoAccountUnderTheProductionProfile() {
        var demo = accounts.save(demo());

        assertThat(service(production()).loadUserByUsername(demo.email()).isEnabled())
                .isFalse();
    }

    @Test
    void acceptsADemoAccountOutsideProduction() {
        var demo = accounts.save(demo());

        assertThat(service(new MockEnvironment())
                        .loadUserByUsername(demo.email())
                        .isEnabled())
                .isTrue();
    }

    @Test
    void acceptsAnInvitedAccountWithAPasswordUnderTheProductionProfile() {
        var account = Account.invited(municipality(), FreshAccounts.uniqueEmail("gewoon"), "Gewoon", Instant.now());
        account.acceptInvitation("{noop}Een-lang-wachtwoord");
        accounts.save(account);

        var details = service(production()).loadUserByUsername(account.email());

        assertThat(details.isEnabled()).isTrue();
        assertThat(details.getPassword()).isEqualTo("{noop}Een-lang-wachtwoord");
    }

    @Test
    void refusesAnInvitedAccountThatHasNoPasswordYet() {
        var account = accounts.save(
                Account.invited(municipality(), FreshAccounts.uniqueEmail("wacht"), "Wacht", Instant.now()));

        assertThat(service(new MockEnvironment())
                        .loadUserByUsername(account.email())
                        .isEnabled())
                .isFalse();
    }

    @Test
    void findsTheAccountWhateverTheCaseOfTheAddressAndNothingForAnUnknownOne() {
        var demo = accounts.save(demo());

        assertThat(service(new MockEnvironment())
                        .loadUserByUsername(" " + demo.email().toUpperCase() + " ")
                        .getUsername())
                .isEqualTo(demo.email());
        assertThatExceptionOfType(UsernameNotFoundException.class)
                .isThrownBy(
                        () -> service(new MockEnvironment()).loadUserByUsername(FreshAccounts.uniqueEmail("onbekend")));
    }

    private AccountUserDetailsService service(MockEnvironment environment) {
        return new AccountUserDetailsService(accounts, areas, environment);
    }

    private static MockEnvironment production() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("production");
        return environment;
    }

    private Account demo() {
        return Account.demo(municipality(), FreshAccounts.uniqueEmail("demo"), "Demo", "{noop}demo", Instant.now());
    }

    private String municipality() {
        return areas.municipality().code();
    }
}
