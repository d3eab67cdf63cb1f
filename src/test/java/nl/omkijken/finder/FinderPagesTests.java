package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.omkijken.IntegrationTest;
import nl.omkijken.catalog.PublicOfferings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public pages of the finder: plain GET, no account, no cookie, and no input that breaks them. */
@IntegrationTest
class FinderPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicOfferings catalog;

    @Test
    void theSearchPageListsResultsWithCountsAndSetsNoCookie() throws Exception {
        var response = mvc.perform(get("/zoeken").param("q", "koffie"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse();
        var html = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(html)
                .contains("resultaten")
                .contains("Koffie-inloop De Tippe")
                .contains("Binnenstad (");
        assertThat(response.getCookies()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "koffie AND (wandelen OR",
                "\"ongesloten",
                "*:*",
                "title:koffie~2^3",
                "\u202e\u0000\u200b koffie \ud83d\ude00",
                "<script>alert(1)</script>",
                "///\\\\"
            })
    void oddQueriesGiveANormalPageAndAreNeverEchoedUnescaped(String q) throws Exception {
        var html = mvc.perform(get("/zoeken").param("q", q))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void aVeryLongQueryAndOddPagesAndUnknownFiltersGiveANormalPage() throws Exception {
        mvc.perform(get("/zoeken").param("q", "koffie ".repeat(2_000))).andExpect(status().isOk());
        for (var page : new String[] {"-5", "0", "99999999999", "twee", ""}) {
            mvc.perform(get("/zoeken").param("q", "koffie").param("page", page)).andExpect(status().isOk());
        }
        mvc.perform(get("/zoeken")
                        .param("soort", "BINGO")
                        .param("wijk", "WK999999")
                        .param("thema", "x".repeat(500))
                        .param("dag", "ZONDAGMIDDAG"))
                .andExpect(status().isOk());
    }

    @Test
    void nothingFoundSuggestsAWayOn() throws Exception {
        var html = mvc.perform(get("/zoeken").param("q", "koffie zzzonzin").param("wijk", "WK019310"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html)
                .contains("We hebben niets gevonden")
                .contains("Zoek in heel Zwolle")
                .contains("Bewegen en gezond");
    }

    @Test
    void nothingFoundForSeveralWordsLinksToTheWordThatFindsSomething() throws Exception {
        var html = mvc.perform(get("/zoeken").param("q", "koffie zzzonzin"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Zoek alleen op &quot;koffie&quot;").contains("/zoeken?q=koffie\"");
    }

    @Test
    void anUnknownPostcodeIsSaidBesideTheField() throws Exception {
        var html = mvc.perform(get("/zoeken").param("q", "koffie").param("postcode", "9999 ZZ"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Deze postcode kennen we niet").contains("aria-describedby=\"postcode-error\"");
    }

    @Test
    void theBuurtToSearchNearStaysChosenInEachLanguageAndAnythingElseChoosesNone() throws Exception {
        var nearBinnenstadZuid = page("/zoeken?q=koffie&bij=BU01931000");
        var inEnglish = page("/zoeken?q=koffie&bij=BU01931000&lang=en");
        var nearAPostcode = page("/zoeken?q=koffie&bij=8011AB");

        assertThat(nearBuurtChoices(nearBinnenstadZuid))
                .contains("<option value=\"BU01931000\" selected=\"selected\">")
                .contains("<option value=\"\">Maakt niet uit</option>")
                .containsOnlyOnce(" selected=");
        assertThat(nearBuurtChoices(inEnglish))
                .contains("<option value=\"BU01931000\" selected=\"selected\">")
                .contains("<option value=\"\">Any</option>");
        assertThat(nearBuurtChoices(nearAPostcode))
                .doesNotContain("selected")
                .isEqualTo(nearBuurtChoices(page("/zoeken?q=koffie&bij=BU99999999")));
    }

    @Test
    void daysAndPartsOfTheDayAreOfferedInTheirOrderInTimeWithTheirCounts() throws Exception {
        var html = page("/zoeken");
        var inEnglish = page("/zoeken?lang=en");

        var week = java.util.List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");
        var days = optionTexts(html, "dag").stream()
                .map(text -> text.replaceFirst(" \\([0-9.]+\\)$", ""))
                .toList();
        assertThat(days).isNotEmpty().isSortedAccordingTo(java.util.Comparator.comparing(week::indexOf));
        assertThat(week).containsAll(days);
        var parts = java.util.List.of("Ochtend", "Middag", "Avond");
        var partsOffered = optionTexts(html, "dagdeel").stream()
                .map(text -> text.replaceFirst(" \\([0-9.]+\\)$", ""))
                .toList();
        assertThat(partsOffered).isNotEmpty().isSortedAccordingTo(java.util.Comparator.comparing(parts::indexOf));
        assertThat(parts).containsAll(partsOffered);
        assertThat(optionTexts(inEnglish, "dag").get(0))
                .startsWith(java.time.DayOfWeek.of(week.indexOf(days.get(0)) + 1)
                        .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        // The count beside a value is what choosing it finds.
        var first = optionTexts(html, "dag").get(0);
        var count = first.substring(first.indexOf('(') + 1, first.indexOf(')'));
        assertThat(page("/zoeken?dag=" + java.time.DayOfWeek.of(week.indexOf(days.get(0)) + 1)))
                .contains(count + " resultaten");
    }

    @Test
    void eachResultSaysItsKindWhenAndHowFarInOneLineInTheReadersLanguage() throws Exception {
        var facts = java.util.regex.Pattern.compile("omk-result__facts\">([^<]*)</p>");
        var dutch = facts.matcher(page("/zoeken?q=koffie&bij=BU01931000"))
                .results()
                .map(match -> match.group(1))
                .toList();
        var english = facts.matcher(page("/zoeken?q=koffie&bij=BU01931000&lang=en"))
                .results()
                .map(match -> match.group(1))
                .toList();

        // Offerings without a place (other tests add some) have no distance; the ones with a place end in it.
        assertThat(dutch)
                .anyMatch(line -> line.matches(".+ · [0-9]+,[0-9] km"))
                .noneMatch(line -> line.matches(".*[0-9]\\.[0-9] km"));
        assertThat(english)
                .hasSameSizeAs(dutch)
                .anyMatch(line -> line.matches(".+ · [0-9]+\\.[0-9] km"))
                .noneMatch(line -> line.matches(".*[0-9],[0-9] km"));
        for (int i = 0; i < dutch.size(); i++) {
            assertThat(english.get(i).endsWith(" km")).isEqualTo(dutch.get(i).endsWith(" km"));
        }
        assertThat(dutch)
                .anyMatch(line -> line.matches(
                        "Activiteit · .* · Volgende keer: (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
                                + " [0-9]{1,2} [a-z]+, [0-9]{2}:[0-9]{2} · .*"));
        assertThat(english).anyMatch(line -> line.startsWith("Activity · ") && line.contains(" · Next time: "));
    }

    private static java.util.List<String> optionTexts(String html, String filter) {
        var select = html.substring(html.indexOf("id=\"filter-" + filter + "\""));
        select = select.substring(0, select.indexOf("</select>"));
        return java.util.regex.Pattern.compile("<option value=\"[^\"]+\"[^>]*>([^<]*)</option>")
                .matcher(select)
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    private String page(String address) throws Exception {
        return mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String nearBuurtChoices(String html) {
        return html.substring(html.indexOf("<select class=\"utrecht-select utrecht-select--html-select\" id=\"bij\""))
                .replaceFirst("(?s)</select>.*", "");
    }

    @Test
    void anOfferingHasItsOwnPageWithAReadableAddress() throws Exception {
        var offering = catalog.findAll(catalog.visibleIds()).stream()
                .filter(o -> !o.places().isEmpty() && !o.nextDates().isEmpty())
                .findFirst()
                .orElseThrow();

        var location = mvc.perform(get("/aanbod/" + offering.id()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).isEqualTo("/aanbod/" + offering.id() + "/" + FinderController.slug(offering.title()));

        var html = mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains(offering.title().replace("&", "&amp;").replace("'", "&#39;"))
                .contains(offering.places().get(0).postcode())
                .contains("De volgende keren");
    }

    @Test
    void anUnknownOrMalformedOfferingIsNotFoundNotAnError() throws Exception {
        mvc.perform(get("/aanbod/00000000-0000-0000-0000-000000000000/x")).andExpect(status().isNotFound());
        var malformed = mvc.perform(get("/aanbod/niet-een-id/x"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(malformed).isIn(400, 404);
    }
}
