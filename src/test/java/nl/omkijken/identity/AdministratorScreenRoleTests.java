package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.stream.Stream;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.area.Areas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The account and organisation screens are for the administrator only, whatever other role someone has. */
@IntegrationTest
class AdministratorScreenRoleTests {

    private static final List<String> ADMINISTRATOR_SCREENS =
            List.of("/beheer/accounts", "/beheer/accounts/uitnodigen", "/beheer/organisaties");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Areas areas;

    static Stream<DemoAccounts.Demo> everyDemoAccount() {
        return DemoAccounts.ACCOUNTS.stream();
    }

    static Stream<DemoAccounts.Demo> everyDemoAccountButTheAdministrator() {
        return everyDemoAccount().filter(demo -> demo.role() != Role.ADMINISTRATOR);
    }

    @Test
    void thereIsOneDemoAccountForEveryRole() {
        assertThat(DemoAccounts.ACCOUNTS).extracting(DemoAccounts.Demo::role).containsExactly(Role.values());
        assertThat(DemoAccounts.ACCOUNTS)
                .filteredOn(demo -> demo.role() == Role.ADMINISTRATOR)
                .extracting(DemoAccounts.Demo::email)
                .containsExactly("beheer@omkijken.test");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDemoAccount")
    void onlyTheAdministratorOpensTheAdministratorScreens(DemoAccounts.Demo demo) throws Exception {
        var session = SignInSessions.signInAsDemo(mvc, demo.email());
        var expected = demo.role() == Role.ADMINISTRATOR ? 200 : 403;

        for (var screen : ADMINISTRATOR_SCREENS) {
            var response = mvc.perform(get(screen).session(session)).andReturn().getResponse();
            assertThat(response.getStatus())
                    .as("%s opening %s", demo.email(), screen)
                    .isEqualTo(expected);
            if (expected == 200) {
                assertThat(response.getContentAsString())
                        .as("message boxes on %s", screen)
                        .doesNotContain("utrecht-alert");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDemoAccountButTheAdministrator")
    void nobodyButTheAdministratorCanInviteSomeone(DemoAccounts.Demo demo) throws Exception {
        var session = SignInSessions.signInAsDemo(mvc, demo.email());
        var email = FreshAccounts.uniqueEmail("indringer");

        var status = mvc.perform(post("/beheer/accounts/uitnodigen")
                        .with(csrf())
                        .session(session)
                        .param("email", email)
                        .param("displayName", "Indringer")
                        .param("roles", Role.ADMINISTRATOR.name()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(accounts.findByMunicipalityCodeAndEmail(areas.municipality().code(), email))
                .isEmpty();
    }
}
