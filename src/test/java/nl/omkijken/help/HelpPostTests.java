package nl.omkijken.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Writing a post: what is refused beside the field, what is taken out, what is saved, and who may post for whom. */
@IntegrationTest
class HelpPostTests {

    static final String TEXT = "Ik zou graag eens per twee weken met iemand wandelen in het park.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HelpPostRepository posts;

    String email;
    MockHttpSession resident;

    @BeforeEach
    void aFreshResident() throws Exception {
        email = HelpFixtures.resident(jdbc, "Trineke de Vries");
        resident = SignInSessions.signInAsDemo(mvc, email);
    }

    @Test
    void theFormStartsWithTheFirstWordOfTheName() throws Exception {
        assertThat(page(get("/hulp/vragen").session(resident)))
                .contains("value=\"Trineke\"", "Schrijf het in je eigen woorden");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        var response = mvc.perform(get("/hulp/vragen")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).contains("/inloggen");
        assertThat(response.getCookies()).isEmpty();
    }

    @Test
    void savesTheRequestForTheEditorsWithThePhoneNumberTakenOut() throws Exception {
        mvc.perform(write("/hulp/vragen", TEXT + " Bel 06-12345678.")).andExpect(redirectedUrl("/hulp/mijn/bedankt"));

        var saved = mine();
        assertThat(saved.status()).isEqualTo(PostStatus.AWAITING_REVIEW);
        assertThat(saved.kind()).isEqualTo(PostKind.REQUEST);
        assertThat(saved.content().text()).endsWith("Bel [weggehaald].").doesNotContain("06");
        assertThat(saved.content().districtCode()).isEqualTo("WK019313");
        assertThat(saved.removedDetails()).containsExactly("PHONE");
        assertThat(page(get("/hulp/mijn").session(resident))).contains("een telefoonnummer", "Wacht op de redactie");
    }

    @Test
    void refusesWithAMessageBesideTheField() throws Exception {
        assertThat(page(write("/hulp/vragen", ""))).contains("Schrijf wat je wilt vragen of aanbieden.");
        assertThat(page(write("/hulp/vragen", "Te kort"))).contains("minstens 20 tekens");
        assertThat(page(write("/hulp/vragen", "x".repeat(1001)))).contains("Je tekst is te lang");
        assertThat(page(write("/hulp/vragen", TEXT + " Zie www.wandelen.nl"))).contains("Zet geen links");
        assertThat(page(write("/hulp/vragen", "Mijn fiets is te koop voor € 20, wie wil hem?")))
                .contains("Hier kun je niets kopen of verkopen");
        assertThat(page(write("/hulp/vragen", TEXT, "firstName", "Trineke de Vries")))
                .contains("Vul alleen je voornaam in");
        assertThat(page(write("/hulp/vragen", TEXT, "neighbourhood", "BU99999999")))
                .contains("Deze buurt kennen we niet");
        assertThat(page(write("/hulp/vragen", TEXT, "inOverleg", "false"))).contains("Kies een of meer dagdelen");
        assertThat(posts.findOwnedBy(me())).isEmpty();
    }

    @Test
    void stripsMarkupBeforeSaving() throws Exception {
        mvc.perform(write("/hulp/aanbieden", "<script>alert('x')</script>Ik help graag met klusjes in de buurt."))
                .andExpect(redirectedUrl("/hulp/mijn/bedankt"));
        assertThat(mine().content().text()).isEqualTo("alert('x')Ik help graag met klusjes in de buurt.");
        assertThat(mine().kind()).isEqualTo(PostKind.OFFER);
    }

    @Test
    void aFilledHoneypotGetsTheSameThanksAndNothingIsSaved() throws Exception {
        mvc.perform(write("/hulp/vragen", TEXT, "website", "http://spam.example"))
                .andExpect(redirectedUrl("/hulp/mijn/bedankt"));
        assertThat(posts.findOwnedBy(me())).isEmpty();
    }

    @Test
    void refusesARepeatAndAFlood() throws Exception {
        mvc.perform(write("/hulp/vragen", TEXT)).andExpect(redirectedUrl("/hulp/mijn/bedankt"));
        assertThat(page(write("/hulp/vragen", TEXT.toUpperCase()))).contains("Je hebt deze oproep al gemaakt");
        mvc.perform(write("/hulp/vragen", TEXT + " Liefst op dinsdag.")).andExpect(status().is3xxRedirection());
        mvc.perform(write("/hulp/vragen", TEXT + " Liefst op woensdag.")).andExpect(status().is3xxRedirection());
        assertThat(page(write("/hulp/vragen", TEXT + " Liefst op vrijdag."))).contains("al 3 oproepen");
        assertThat(posts.findOwnedBy(me())).hasSize(3);
    }

    @Test
    void staffPostOnAResidentsBehalfOnlyWithConsent() throws Exception {
        var coordinator = SignInSessions.signInAsDemo(mvc, "coordinator@omkijken.test");
        var staffId = HelpFixtures.accountId(jdbc, "coordinator@omkijken.test");
        var text = "Mevrouw zoekt iemand voor een kopje koffie, " + UUID.randomUUID();

        assertThat(page(write("/hulp/namens", text, "firstName", "Gerda").session(coordinator)))
                .contains("Zet een vinkje als de inwoner toestemming heeft gegeven");
        mvc.perform(write("/hulp/namens", text, "firstName", "Gerda", "consent", "true")
                        .session(coordinator))
                .andExpect(redirectedUrl("/hulp/mijn/bedankt"));

        var saved = posts.findOwnedBy(staffId).stream()
                .filter(p -> p.content().text().equals(text))
                .findFirst()
                .orElseThrow();
        assertThat(saved.isOnBehalf()).isTrue();
        assertThat(saved.postedByAccountId()).isEqualTo(staffId);
        assertThat(saved.consentRecordedAt()).isNotNull();
        assertThat(saved.replyAccountId()).isEqualTo(staffId);
    }

    @Test
    void residentsAndVolunteersCannotPostOnBehalf() throws Exception {
        mvc.perform(get("/hulp/namens").session(resident)).andExpect(status().isForbidden());
        var volunteer = SignInSessions.signInAsDemo(mvc, "vrijwilliger@omkijken.test");
        mvc.perform(write("/hulp/namens", TEXT, "consent", "true").session(volunteer))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAuthorClosesAPostAndNobodyElseCan() throws Exception {
        mvc.perform(write("/hulp/vragen", TEXT)).andExpect(status().is3xxRedirection());
        var id = mine().id();
        var other = SignInSessions.signInAsDemo(mvc, HelpFixtures.resident(jdbc, "Kees"));

        mvc.perform(post("/hulp/mijn/" + id + "/sluiten")
                        .with(csrf())
                        .session(other)
                        .param("reason", "HELPED"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/hulp/mijn/" + id).session(other)).andExpect(status().isNotFound());
        mvc.perform(post("/hulp/mijn/" + id + "/sluiten")
                        .with(csrf())
                        .session(resident)
                        .param("reason", "HELPED"))
                .andExpect(redirectedUrl("/hulp/mijn"));

        assertThat(mine().status()).isEqualTo(PostStatus.CLOSED);
        assertThat(mine().closeReason()).isEqualTo(CloseReason.HELPED);
    }

    /** The form filled in well, but for the text and any pairs of field and value in {@code changes}. */
    private MockHttpServletRequestBuilder write(String path, String text, String... changes) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("category", "WALKING");
        fields.put("text", text);
        fields.put("frequency", "EVERY_TWO_WEEKS");
        fields.put("inOverleg", "true");
        fields.put("neighbourhood", HelpFixtures.PIERIK);
        fields.put("firstName", "Trineke");
        fields.put("ageBand", "FROM_30_TO_49");
        fields.put("website", "");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        var request = post(path).with(csrf()).session(resident);
        fields.forEach(request::param);
        return request;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID me() {
        return HelpFixtures.accountId(jdbc, email);
    }

    private HelpPost mine() {
        return posts.findOwnedBy(me()).get(0);
    }
}
