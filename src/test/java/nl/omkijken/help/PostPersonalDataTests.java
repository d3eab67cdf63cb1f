package nl.omkijken.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import nl.omkijken.IntegrationTest;
import nl.omkijken.identity.PersonalDataHolder;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PostPersonalDataTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HelpPostRepository posts;

    @Autowired
    PostPersonalData holder;

    @Autowired
    java.util.List<PersonalDataHolder> holders;

    @Autowired
    MockMvc mvc;

    @Test
    void describesEachOwnPostAndErasesThemAtOnce() throws Exception {
        var account = HelpFixtures.accountId(jdbc, HelpFixtures.resident(jdbc, "Gerrit"));
        var content = new PostContent(
                HelpCategory.ODD_JOBS,
                Frequency.ONCE,
                "Gerrit",
                null,
                "Wie helpt mij een lamp op te hangen in de kamer?",
                HelpFixtures.PIERIK,
                "WK019313",
                Set.of());
        var open = HelpPost.byResident("GM0193", PostKind.REQUEST, content, account, Instant.now());
        open.approve(null, Instant.now());
        posts.save(open);

        assertThat(holders).contains(holder);
        var sections = holder.describe(account, Locale.forLanguageTag("nl"));
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).items())
                .extracting(PersonalDataHolder.PersonalDataSection.Item::value)
                .contains("Wie helpt mij een lamp op te hangen in de kamer?", "Gerrit", "Open");

        holder.erase(account);

        var erased = posts.findById(open.id()).orElseThrow();
        assertThat(erased.status()).isEqualTo(PostStatus.CLOSED);
        assertThat(erased.anonymisedAt()).isNotNull();
        assertThat(erased.content().text()).isEmpty();
        assertThat(holder.describe(account, Locale.forLanguageTag("nl"))).isEmpty();
        mvc.perform(get("/hulp/" + open.id())).andExpect(status().isNotFound());
    }

    @Test
    void theStartPageAndAHelpSearchLeadToAskingAndOffering() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(Matchers.containsString("href=\"/hulp/vragen\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/hulp/aanbieden\"")));
        mvc.perform(get("/zoeken").param("q", "maatje"))
                .andExpect(content().string(Matchers.containsString("href=\"/hulp/vragen\"")));
        mvc.perform(get("/zoeken").param("q", "zwemmen"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("doorgaan=/hulp/vragen"))));
        mvc.perform(get("/hulp")).andExpect(content().string(Matchers.containsString("Trineke")));
    }
}
