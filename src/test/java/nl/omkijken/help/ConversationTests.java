package nl.omkijken.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.TestMails;
import nl.omkijken.TestSmtp;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.PublicOfferings;
import nl.omkijken.notification.OutboxSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Reacting to a post and to a vacancy: the message reaches the other side by mail without either address, both
 * answer on the platform, contact details show only when both share, the owner says they found each other, and a
 * block, a closed post, a flood, a robot or a stranger get nowhere.
 */
@IntegrationTest
@RecordApplicationEvents
class ConversationTests {

    private static final String HELLO = "Hallo Trineke, ik wandel ook graag. Zullen we dinsdag samen gaan?";
    private static final Pattern CONVERSATION = Pattern.compile("/berichten/([0-9a-f-]{36})");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SERVER);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HelpPostRepository posts;

    @Autowired
    ConversationRepository conversations;

    @Autowired
    OutboxSender outboxSender;

    @Autowired
    ConversationRetention retention;

    @Autowired
    PublicOfferings offerings;

    @Autowired
    ApplicationEvents events;

    String authorEmail;
    String volunteerEmail;
    MockHttpSession author;
    MockHttpSession volunteer;

    @BeforeEach
    void anAuthorAndAVolunteer() throws Exception {
        jdbc.update("update outbox_mail set sent_at = now() where sent_at is null");
        authorEmail = HelpFixtures.resident(jdbc, "Trineke de Vries");
        volunteerEmail = HelpFixtures.resident(jdbc, "Ahmed El Amrani");
        author = SignInSessions.signInAsDemo(mvc, authorEmail);
        volunteer = SignInSessions.signInAsDemo(mvc, volunteerEmail);
    }

    @Test
    void aReactionReachesTheAuthorByMailWithoutTheVolunteersAddressAndTheAuthorAnswers() throws Exception {
        var postId = HelpFixtures.published(jdbc, posts, authorEmail);
        assertThat(page(get("/hulp/" + postId + "/reageren").session(volunteer)))
                .contains("Reageren op: Trineke vraagt hulp: Wandelen", "name=\"website\"");

        var sent = send("/hulp/" + postId + "/reageren", volunteer, HELLO);
        assertThat(sent.getStatus()).isEqualTo(302);
        var id = conversationIn(sent.getRedirectedUrl());
        assertThat(posts.findById(postId).orElseThrow().status()).isEqualTo(PostStatus.IN_CONTACT);
        assertThat(events.stream(HelpActivity.class))
                .anyMatch(a -> a.type() == HelpActivity.Type.REACTION && "WK019313".equals(a.districtCode()));

        var toAuthor = only(mailsTo(authorEmail));
        assertThat(toAuthor)
                .contains("Ahmed reageert", HELLO, "/berichten/" + id)
                .doesNotContain(volunteerEmail, "El Amrani");
        assertThat(page(get("/berichten").session(author))).contains("/berichten/" + id, "Met Ahmed");

        var thread = page(get("/berichten/" + id).session(author));
        assertThat(thread)
                .contains(HELLO, "Je schrijft met Ahmed.", "We hebben elkaar gevonden")
                .doesNotContain(volunteerEmail);

        assertThat(send("/berichten/" + id, author, "Leuk Ahmed! Dinsdagochtend om tien uur bij de brug?")
                        .getRedirectedUrl())
                .isEqualTo("/berichten/" + id + "?verstuurd");
        var toVolunteer = only(mailsTo(volunteerEmail));
        assertThat(toVolunteer)
                .contains("Nieuw bericht van Trineke", "Dinsdagochtend om tien uur", "/berichten/" + id)
                .doesNotContain(authorEmail);
        assertThat(page(get("/berichten/" + id).session(volunteer)))
                .contains(HELLO, "Dinsdagochtend om tien uur", "Je schrijft met Trineke.")
                .doesNotContain("We hebben elkaar gevonden</button>");

        // a second visit to the form goes to the conversation, not a second one
        var again = mvc.perform(get("/hulp/" + postId + "/reageren").session(volunteer))
                .andReturn()
                .getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo("/berichten/" + id);
    }

    @Test
    void contactDetailsShowOnlyOnceBothShare() throws Exception {
        var id = conversationAbout(HelpFixtures.published(jdbc, posts, authorEmail));
        click("/berichten/" + id + "/delen", volunteer);
        assertThat(page(get("/berichten/" + id).session(author)))
                .contains("Ahmed wil contactgegevens delen")
                .doesNotContain(volunteerEmail);
        assertThat(page(get("/berichten/" + id).session(volunteer))).doesNotContain(authorEmail);
        assertThat(mail.getReceivedMessages()).hasSize(1); // only the reaction itself

        click("/berichten/" + id + "/delen", author);
        assertThat(page(get("/berichten/" + id).session(author))).contains("Ahmed El Amrani (" + volunteerEmail + ")");
        assertThat(page(get("/berichten/" + id).session(volunteer))).contains("Trineke de Vries (" + authorEmail + ")");
        assertThat(only(mailsTo(volunteerEmail))).contains("Jij en Trineke delen contactgegevens", authorEmail);
        assertThat(mailsTo(authorEmail)).anyMatch(m -> m.contains(volunteerEmail));
    }

    @Test
    void aStrangerFindsNoConversationAndCannotWriteInIt() throws Exception {
        var id = conversationAbout(HelpFixtures.published(jdbc, posts, authorEmail));
        var stranger = SignInSessions.signInAsDemo(mvc, HelpFixtures.resident(jdbc, "Kees"));
        assertThat(mvc.perform(get("/berichten/" + id).session(stranger))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        var written = send("/berichten/" + id, stranger, "Ik lees mee en schrijf ook wat.");
        assertThat(written.getStatus()).isEqualTo(404);
        assertThat(written.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(HELLO, "Exception");
        assertThat(click("/berichten/" + id + "/delen", stranger).getStatus()).isEqualTo(404);
        assertThat(page(get("/berichten").session(stranger))).doesNotContain(id.toString());
        assertThat(messageCount(id)).isEqualTo(1);
    }

    @Test
    void theAuthorSaysTheyFoundEachOtherAfterWhichNobodyElseCanReact() throws Exception {
        var postId = HelpFixtures.published(jdbc, posts, authorEmail);
        var id = conversationAbout(postId);
        assertThat(click("/berichten/" + id + "/gevonden", volunteer).getStatus())
                .isEqualTo(404);
        assertThat(posts.findById(postId).orElseThrow().status()).isEqualTo(PostStatus.IN_CONTACT);

        assertThat(click("/berichten/" + id + "/gevonden", author).getRedirectedUrl())
                .isEqualTo("/berichten/" + id + "?gevonden");
        assertThat(posts.findById(postId).orElseThrow().status()).isEqualTo(PostStatus.MATCHED);
        assertThat(events.stream(HelpMatched.class)).anySatisfy(m -> {
            assertThat(m.matchId()).isEqualTo(id);
            assertThat(m.kind()).isEqualTo(MatchKind.POST);
            assertThat(m.category()).isEqualTo(HelpCategory.WALKING);
            assertThat(m.people())
                    .extracting(HelpMatched.MatchedPerson::email)
                    .containsExactlyInAnyOrder(authorEmail, volunteerEmail);
        });
        assertThat(events.stream(HelpActivity.class)).anyMatch(a -> a.type() == HelpActivity.Type.MATCH);
        assertThat(mailsTo(volunteerEmail)).anyMatch(m -> m.contains("Jij en Trineke hebben elkaar gevonden"));

        var late = SignInSessions.signInAsDemo(mvc, HelpFixtures.resident(jdbc, "Els"));
        var refused = mvc.perform(get("/hulp/" + postId + "/reageren").session(late))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Reageren kan niet meer");
        var tried = send("/hulp/" + postId + "/reageren", late, "Ik wil ook graag mee wandelen.");
        assertThat(tried.getStatus()).isEqualTo(409);
        assertThat(conversations.findByPostIdAndAnonymisedAtIsNull(postId)).hasSize(1);
    }

    @Test
    void aClosedPostTakesNoReaction() throws Exception {
        var postId = HelpFixtures.published(jdbc, posts, authorEmail);
        var post = posts.findById(postId).orElseThrow();
        post.close(CloseReason.OTHER, Instant.now());
        posts.save(post);
        var tried = send("/hulp/" + postId + "/reageren", volunteer, HELLO);
        assertThat(tried.getStatus()).isEqualTo(409);
        assertThat(tried.getContentAsString(StandardCharsets.UTF_8)).contains("Deze oproep is gesloten");
        assertThat(conversations.findByPostIdAndAnonymisedAtIsNull(postId)).isEmpty();
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aBlockedVolunteerCanNeitherWriteNorReactToTheAuthorsNextPost() throws Exception {
        var id = conversationAbout(HelpFixtures.published(jdbc, posts, authorEmail));
        assertThat(click("/berichten/" + id + "/blokkeren", author).getRedirectedUrl())
                .isEqualTo("/berichten/" + id + "?geblokkeerd");
        assertThat(page(get("/berichten/" + id).session(author))).contains("Je hebt dit gesprek geblokkeerd");

        var written = send("/berichten/" + id, volunteer, "Waarom reageer je niet meer op mij?");
        assertThat(written.getStatus()).isEqualTo(200);
        assertThat(written.getContentAsString(StandardCharsets.UTF_8)).contains("Dit gesprek is gestopt");
        assertThat(messageCount(id)).isEqualTo(1);

        var next = HelpFixtures.published(jdbc, posts, authorEmail);
        var tried = send("/hulp/" + next + "/reageren", volunteer, HELLO);
        assertThat(tried.getStatus()).isEqualTo(409);
        assertThat(tried.getContentAsString(StandardCharsets.UTF_8)).contains("Je kunt op deze oproep niet reageren.");
        assertThat(conversations.findByPostIdAndAnonymisedAtIsNull(next)).isEmpty();
        assertThat(mailsTo(authorEmail)).hasSize(1); // only the first reaction
    }

    @Test
    void badMessagesAreRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        var postId = HelpFixtures.published(jdbc, posts, authorEmail);
        var path = "/hulp/" + postId + "/reageren";
        assertThat(page(send(path, volunteer, ""))).contains("Schrijf een bericht.");
        assertThat(page(send(path, volunteer, "Hoi!"))).contains("Schrijf iets meer, minstens 10 tekens.");
        assertThat(page(send(path, volunteer, "x".repeat(2001))))
                .contains("Je bericht is te lang. Gebruik hoogstens 2000 tekens.");
        assertThat(page(send(path, volunteer, HELLO + " Mail me op ahmed@example.org")))
                .contains("Zet geen e-mailadres of telefoonnummer in je bericht.");
        assertThat(page(send(path, volunteer, HELLO + " Bel 06-12345678"))).contains("Zet geen e-mailadres");
        assertThat(page(send(path, volunteer, HELLO + " Kijk op https://wandelen.example.com")))
                .contains("Zet geen links");
        assertThat(conversations.findByPostIdAndAnonymisedAtIsNull(postId)).isEmpty();
        assertThat(posts.findById(postId).orElseThrow().status()).isEqualTo(PostStatus.OPEN);

        var id = conversationIn(
                send(path, volunteer, "<script>alert('x')</script>" + HELLO).getRedirectedUrl());
        var shown = page(get("/berichten/" + id).session(author));
        assertThat(shown).contains(HELLO).doesNotContain("<script>alert");
        assertThat(jdbc.queryForObject("select text from help_message where conversation_id = ?", String.class, id))
                .isEqualTo("alert('x')" + HELLO);
    }

    @Test
    void aRobotFillingTheHiddenFieldSendsNothing() throws Exception {
        var postId = HelpFixtures.published(jdbc, posts, authorEmail);
        var robot = mvc.perform(post("/hulp/" + postId + "/reageren")
                        .with(csrf())
                        .session(volunteer)
                        .param("text", HELLO)
                        .param("website", "http://spam.example"))
                .andReturn()
                .getResponse();
        assertThat(robot.getRedirectedUrl()).isEqualTo("/berichten");
        assertThat(conversations.findByPostIdAndAnonymisedAtIsNull(postId)).isEmpty();
        outboxSender.sendDue();
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSixthReactionInADayIsRefused() throws Exception {
        for (var i = 0; i < Conversations.REACTIONS_PER_DAY; i++) {
            var sent = send(
                    "/hulp/" + HelpFixtures.published(jdbc, posts, authorEmail) + "/reageren",
                    volunteer,
                    HELLO + " " + i);
            assertThat(sent.getStatus()).as("reaction " + (i + 1)).isEqualTo(302);
        }
        var sixth = HelpFixtures.published(jdbc, posts, authorEmail);
        var refused = send("/hulp/" + sixth + "/reageren", volunteer, HELLO);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("al 5 keer gereageerd");
        assertThat(conversations.findByPostIdAndAnonymisedAtIsNull(sixth)).isEmpty();
    }

    @Test
    void aFloodOfMessagesIsStoppedAfterThirtyAnHour() throws Exception {
        var id = conversationAbout(HelpFixtures.published(jdbc, posts, authorEmail));
        for (var i = 1; i < Conversations.MESSAGES_PER_HOUR; i++) {
            assertThat(send("/berichten/" + id, volunteer, "Bericht nummer " + i)
                            .getStatus())
                    .isEqualTo(302);
        }
        assertThat(page(send("/berichten/" + id, volunteer, "Nog een bericht erbij")))
                .contains("Je hebt veel berichten gestuurd.");
        assertThat(messageCount(id)).isEqualTo(Conversations.MESSAGES_PER_HOUR);
    }

    @Test
    void nobodyReactsToTheirOwnPost() throws Exception {
        var postId = HelpFixtures.published(jdbc, posts, authorEmail);
        var own = mvc.perform(get("/hulp/" + postId + "/reageren").session(author))
                .andReturn()
                .getResponse();
        assertThat(own.getStatus()).isEqualTo(409);
        assertThat(own.getContentAsString(StandardCharsets.UTF_8)).contains("Dit is je eigen oproep.");
    }

    @Test
    void anInterestInAVacancyReachesItsContactWhoAnswersOnTheLinkWithoutAnAccount() throws Exception {
        var vacancy = offerings.findAll(offerings.visibleIds()).stream()
                .filter(o -> o.kind() == Kind.VOLUNTEER_VACANCY
                        && o.contactEmail() != null
                        && !o.contactEmail().isBlank())
                .findFirst()
                .orElseThrow();
        var offeringPage = mvc.perform(get("/aanbod/" + vacancy.id()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(get(offeringPage))).contains("/vrijwilligerswerk/" + vacancy.id() + "/interesse");
        assertThat(page(get("/vrijwilligerswerk/" + vacancy.id() + "/interesse").session(volunteer)))
                .contains("Interesse in: " + vacancy.title());

        var sent = send(
                "/vrijwilligerswerk/" + vacancy.id() + "/interesse",
                volunteer,
                "Ik wil graag helpen, op woensdagmiddag kan ik.");
        var id = conversationIn(sent.getRedirectedUrl());
        var toContact = only(mailsTo(vacancy.contactEmail()));
        assertThat(toContact)
                .contains("Ahmed reageert", "op woensdagmiddag kan ik")
                .doesNotContain(volunteerEmail);
        var link = Pattern.compile("(/vrijwilligerswerk/gesprek/[A-Za-z0-9_-]{43})")
                .matcher(toContact);
        assertThat(link.find()).isTrue();
        var contactPage = link.group(1);

        assertThat(page(get(contactPage))).contains("op woensdagmiddag kan ik", "Je schrijft met Ahmed.");
        var reply = mvc.perform(post(contactPage)
                        .with(csrf())
                        .param("text", "Welkom Ahmed! Kom woensdag om twee uur langs.")
                        .param("website", ""))
                .andReturn()
                .getResponse();
        assertThat(reply.getRedirectedUrl()).isEqualTo(contactPage + "?verstuurd");
        assertThat(only(mailsTo(volunteerEmail)))
                .contains("Kom woensdag om twee uur langs", "/berichten/" + id)
                .doesNotContain(vacancy.contactEmail());

        assertThat(mvc.perform(post(contactPage + "/gevonden").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(contactPage + "?gevonden");
        assertThat(events.stream(HelpMatched.class))
                .anyMatch(m -> m.matchId().equals(id) && m.kind() == MatchKind.VACANCY);

        var wrong = contactPage.substring(0, contactPage.length() - 4) + "AAAA";
        assertThat(mvc.perform(get(wrong)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/vrijwilligerswerk/gesprek/kort"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anOfferingThatIsNoVacancyTakesNoInterest() throws Exception {
        var activity = offerings.findAll(offerings.visibleIds()).stream()
                .filter(o -> o.kind() != Kind.VOLUNTEER_VACANCY)
                .findFirst()
                .orElseThrow();
        assertThat(mvc.perform(get("/vrijwilligerswerk/" + activity.id() + "/interesse")
                                .session(volunteer))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aConversationQuietForTheKeepingPeriodLosesItsMessagesAndNames() throws Exception {
        var id = conversationAbout(HelpFixtures.published(jdbc, posts, authorEmail));
        jdbc.update(
                "update help_conversation set last_message_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(366))),
                id);
        assertThat(retention.anonymise()).isGreaterThanOrEqualTo(1);
        assertThat(messageCount(id)).isZero();
        var kept = conversations.findById(id).orElseThrow();
        assertThat(kept.anonymisedAt()).isNotNull();
        assertThat(kept.reactorAccountId()).isNull();
        assertThat(kept.ownerAccountId()).isNull();
        assertThat(kept.subject()).isEmpty();
        assertThat(kept.districtCode()).isEqualTo("WK019313");
        assertThat(mvc.perform(get("/berichten/" + id).session(author))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** The volunteer reacts to the post; the author's mail is read and dropped. */
    private UUID conversationAbout(UUID postId) throws Exception {
        var id = conversationIn(
                send("/hulp/" + postId + "/reageren", volunteer, HELLO).getRedirectedUrl());
        mailsTo(authorEmail);
        return id;
    }

    private MockHttpServletResponse send(String path, MockHttpSession session, String text) throws Exception {
        return mvc.perform(post(path)
                        .with(csrf())
                        .session(session)
                        .param("text", text)
                        .param("website", ""))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse click(String path, MockHttpSession session) throws Exception {
        return mvc.perform(post(path).with(csrf()).session(session)).andReturn().getResponse();
    }

    private static UUID conversationIn(String url) {
        assertThat(url).isNotNull();
        var matcher = CONVERSATION.matcher(url);
        assertThat(matcher.find()).as(url).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    private int messageCount(UUID conversation) {
        return jdbc.queryForObject(
                "select count(*) from help_message where conversation_id = ?", Integer.class, conversation);
    }

    /** The mails sent to this address since the test began, as subject and body. */
    private List<String> mailsTo(String recipient) {
        outboxSender.sendDue();
        mail.waitForIncomingEmail(2_000, 1);
        return TestMails.to(mail, recipient);
    }

    private static String only(List<String> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return page(mvc.perform(request).andReturn().getResponse());
    }

    private static String page(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
