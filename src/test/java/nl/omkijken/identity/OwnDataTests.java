package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Who may erase their own account on "Mijn gegevens", and that an erasure is all or nothing. */
@IntegrationTest
class OwnDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    Invitations invitations;

    @Autowired
    AccountRepository accounts;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    InvitationRepository invitationRows;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    AccountSessions sessions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @Autowired
    OwnData ownData;

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        for (var response : List.of(
                mvc.perform(get("/mijn-gegevens")).andReturn().getResponse(),
                mvc.perform(get("/mijn-gegevens/download")).andReturn().getResponse(),
                mvc.perform(post("/mijn-gegevens/verwijderen").with(csrf()).param("confirmed", "true"))
                        .andReturn()
                        .getResponse())) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).contains("/inloggen");
        }
    }

    @Test
    void aDemoAccountSeesWhyItCannotBeErasedAndIsRefused() throws Exception {
        var email = SignInSessions.demoAccount(Role.RESIDENT);
        var session = SignInSessions.signInAsDemo(mvc, email);

        assertThat(page(session))
                .contains("Dit is een demo-account. Dat kun je niet verwijderen")
                .contains(email)
                .doesNotContain("Ja, verwijder mijn account");
        assertThat(erase(session).getStatus()).isEqualTo(403);
        assertThat(accounts.findById(accountId(email)).orElseThrow().enabled()).isTrue();
        SignInSessions.signInAsDemo(mvc, email);
    }

    @Test
    void aStaffAccountIsLeftToTheAdministrator() throws Exception {
        var staff = FreshAccounts.activated(
                administration, invitations, SignInSessions.DEMO_PASSWORD, Role.VOLUNTEER, Role.COORDINATOR);
        var session = SignInSessions.signIn(mvc, staff.email(), SignInSessions.DEMO_PASSWORD);

        assertThat(page(session))
                .contains("Je hebt een account voor je werk.", "Dat doet de beheerder van Omkijken.")
                .contains("Vrijwilliger", "Coördinator")
                .doesNotContain("Ja, verwijder mijn account");
        assertThat(erase(session).getStatus()).isEqualTo(403);
        var account = accounts.findById(staff.accountId()).orElseThrow();
        assertThat(account.email()).isEqualTo(staff.email());
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.VOLUNTEER, Role.COORDINATOR);
    }

    @Test
    void whenOnePartFailsNothingIsErased() {
        var resident =
                FreshAccounts.activated(administration, invitations, SignInSessions.DEMO_PASSWORD, Role.RESIDENT);
        var postId = UUID.randomUUID();
        jdbc.update(
                "insert into help_post (id, municipality_code, kind, category, frequency, status, first_name, text,"
                        + " district_code, author_account_id, created_at, published_at)"
                        + " values (?, 'GM0193', 'REQUEST', 'WALKING', 'WEEKLY', 'OPEN', 'Jan', ?, 'WK019313', ?,"
                        + " now(), now())",
                postId,
                "Wie loopt er met mij een rondje door het park?",
                resident.accountId());
        var erased = new ArrayList<UUID>();
        var failing = new ArrayList<PersonalDataHolder>(holders);
        failing.add(new PersonalDataHolder() {
            @Override
            public List<PersonalDataSection> describe(UUID accountId, Locale locale) {
                return List.of();
            }

            @Override
            public void erase(UUID accountId) {
                erased.add(accountId);
                throw new IllegalStateException("This part cannot erase now");
            }
        });
        var withAFailingPart =
                new OwnData(accounts, organisations, invitationRows, failing, sessions, transactions, messages, clock);

        assertThatThrownBy(() -> withAFailingPart.erase(resident.accountId()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(erased).containsExactly(resident.accountId());
        var post = jdbc.queryForMap("select text, anonymised_at from help_post where id = ?", postId);
        assertThat(post.get("text")).isEqualTo("Wie loopt er met mij een rondje door het park?");
        assertThat(post.get("anonymised_at")).isNull();
        var account = accounts.findById(resident.accountId()).orElseThrow();
        assertThat(account.email()).isEqualTo(resident.email());
        assertThat(account.enabled()).isTrue();
        assertThat(account.roles()).containsExactly(Role.RESIDENT);
    }

    @Test
    void anErasedAccountIsGoneFromTheAdministratorsScreens() throws Exception {
        var resident =
                FreshAccounts.activated(administration, invitations, SignInSessions.DEMO_PASSWORD, Role.RESIDENT);

        ownData.erase(resident.accountId());

        var administrator = SignInSessions.signInAsDemo(mvc, SignInSessions.demoAccount(Role.ADMINISTRATOR));
        assertThat(mvc.perform(get("/beheer/accounts/" + resident.accountId()).session(administrator))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/beheer/accounts").session(administrator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(resident.accountId().toString());
        assertThatThrownBy(() -> ownData.erase(resident.accountId())).isInstanceOf(IllegalStateException.class);
    }

    private String page(MockHttpSession session) throws Exception {
        var response =
                mvc.perform(get("/mijn-gegevens").session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse erase(MockHttpSession session) throws Exception {
        return mvc.perform(post("/mijn-gegevens/verwijderen")
                        .with(csrf())
                        .session(session)
                        .param("confirmed", "true"))
                .andReturn()
                .getResponse();
    }

    private UUID accountId(String email) {
        return jdbc.queryForObject("select id from account where email = ?", UUID.class, email);
    }
}
