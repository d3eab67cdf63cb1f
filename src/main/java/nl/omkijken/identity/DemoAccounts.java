package nl.omkijken.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One account for every role, so that a newcomer can see each screen on the embedded default. Never made under
 * the production profile, and refused at sign-in there if they exist. The README lists them.
 */
@Component
@Profile("!production")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Omkijken-demo-2026";
    static final List<String> ORGANISATIONS = List.of("Travers Welzijn", "WijZ Welzijn", "SamenOuderen Zwolle");

    record Demo(String email, String name, Role role, List<String> organisations) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("inwoner@omkijken.test", "Trineke", Role.RESIDENT, List.of()),
            new Demo("vrijwilliger@omkijken.test", "Ahmed", Role.VOLUNTEER, List.of()),
            new Demo("aanbieder@omkijken.test", "Sanne", Role.PROVIDER_STAFF, List.of("Travers Welzijn")),
            new Demo(
                    "aanbiederbeheer@omkijken.test",
                    "Marco",
                    Role.PROVIDER_ADMINISTRATOR,
                    List.of("Travers Welzijn", "WijZ Welzijn")),
            new Demo("redactie@omkijken.test", "Femke", Role.EDITOR, List.of()),
            new Demo("coordinator@omkijken.test", "Joke", Role.COORDINATOR, List.of("SamenOuderen Zwolle")),
            new Demo("wijkteam@omkijken.test", "Bram", Role.NEIGHBOURHOOD_TEAM, List.of()),
            new Demo("beleid@omkijken.test", "Astrid", Role.POLICY_ADVISOR, List.of()),
            new Demo("beheer@omkijken.test", "Kees", Role.ADMINISTRATOR, List.of()));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final Areas areas;
    private final Clock clock;

    DemoAccounts(
            AccountRepository accounts,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            Areas areas,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.areas = areas;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var municipality = areas.municipality().code();
        var organisationIds = ORGANISATIONS.stream()
                .collect(Collectors.toMap(
                        name -> name,
                        name -> organisations
                                .findByMunicipalityCodeAndNameIgnoreCase(municipality, name)
                                .orElseGet(
                                        () -> organisations.save(new Organisation(municipality, name, clock.instant())))
                                .id()));
        String hash = null;
        var created = 0;
        for (var demo : ACCOUNTS) {
            if (accounts.findByMunicipalityCodeAndEmail(municipality, demo.email())
                    .isPresent()) {
                continue;
            }
            hash = hash == null ? passwordEncoder.encode(PASSWORD) : hash;
            var account = Account.demo(municipality, demo.email(), demo.name(), hash, clock.instant());
            account.changeRoles(Set.of(demo.role()));
            account.changeMemberships(
                    demo.organisations().stream().map(organisationIds::get).collect(Collectors.<UUID>toSet()));
            accounts.save(account);
            created++;
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password in the README)", created);
        }
    }
}
