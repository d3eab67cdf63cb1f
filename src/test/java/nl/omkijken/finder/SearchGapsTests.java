package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The searches of the last 30 days that found nothing, as editors see them: most searched first, with the wijken. */
@IntegrationTest
class SearchGapsTests {

    private static final String PAGE = "/redactie/zoekwoorden/niet-gevonden";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    SynonymPages editor;

    @BeforeEach
    void signInAsEditor() throws Exception {
        editor = new SynonymPages(mvc, jdbc, "redactie@omkijken.test");
    }

    @Test
    void theMostSearchedComeFirstWithTheirTotalOfThirtyDaysAndTheirWijken() throws Exception {
        var often = unique("vaak");
        var lessOften = unique("minder");
        var longAgo = unique("oud");
        // Higher than any other test's counts, so that these come on the first page.
        gap(0, often, "WK019322", 5_000_009);
        gap(0, lessOften, "WK019310", 5_000_005);
        gap(29, lessOften, "", 2);
        gap(30, lessOften, "WK019311", 1_000);
        gap(31, longAgo, "WK019310", 9_000_000);

        var page = editor.read(PAGE);

        assertThat(page).doesNotContain(longAgo);
        assertThat(row(page, often))
                .contains("5.000.009 keer gezocht.", "Stadshagen")
                .doesNotContain("Binnenstad");
        assertThat(row(page, lessOften))
                .contains("5.000.007 keer gezocht.", "heel Zwolle, Binnenstad")
                .doesNotContain("Diezerpoort");
        assertThat(page.indexOf(often)).isLessThan(page.indexOf(lessOften));
    }

    @Test
    void eachWordOfAQueryOffersToAddASynonymOrToChangeTheOneThereIs() throws Exception {
        var missing = unique("maatje");
        gap(0, "geldzorgen " + missing, "", 5_000_001);
        var geldzorgen = jdbc.queryForObject("select id from search_synonym where term = 'geldzorgen'", UUID.class);

        var row = row(editor.read(PAGE), "geldzorgen " + missing);

        assertThat(row)
                .contains("href=\"/redactie/zoekwoorden?woord=" + missing + "#nieuw\">Synoniem toevoegen voor ‘"
                        + missing + "’</a>")
                .contains("href=\"/redactie/zoekwoorden/" + geldzorgen + "\">Zoekwoord ‘geldzorgen’ wijzigen</a>");
    }

    @Test
    void aLongListComesInPagesThatTogetherHoldEveryQueryOnce() throws Exception {
        var mine = new ArrayList<String>();
        for (var i = 0; i < SearchGaps.PAGE_SIZE + 1; i++) {
            mine.add(unique("pagina"));
            gap(0, mine.get(i), "", 10 + i);
        }

        var first = editor.read(PAGE);
        var pages = Integer.parseInt(matched(first, "Pagina 1 van (\\d+)"));
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(first).contains("?pagina=2\"");
        var seen = new ArrayList<String>();
        for (var page = 1; page <= pages; page++) {
            var html = editor.read(PAGE + "?pagina=" + page);
            var rows = Pattern.compile("<li class=\"omk-gap\">")
                    .matcher(html)
                    .results()
                    .count();
            assertThat(rows).isBetween(1L, (long) SearchGaps.PAGE_SIZE);
            mine.stream().filter(q -> html.contains(">" + q + "<")).forEach(seen::add);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(mine);
    }

    @Test
    void oddPageNumbersGiveAPageAndQueriesAreShownAsText() throws Exception {
        gap(0, "<script>alert(1)</script>", "", 5_000_000);

        for (var page : new String[] {"0", "-3", "twee", "99999999999", ""}) {
            assertThat(editor.read(PAGE + "?pagina=" + page)).doesNotContain("<script>alert");
        }
    }

    private void gap(int daysAgo, String query, String district, int searches) {
        jdbc.update(
                "insert into search_gap (day, query, district_code, searches) values (?, ?, ?, ?)",
                LocalDate.now(clock).minusDays(daysAgo),
                query,
                district,
                searches);
    }

    /** What the list says about this query, up to the next query. */
    private static String row(String page, String query) {
        return matched(
                page,
                "(?s)<li class=\"omk-gap\">\\s*<p[^>]*><strong[^>]*>" + Pattern.quote(query)
                        + "</strong></p>(.*?)(?=<li class=\"omk-gap\">|</ol>)");
    }

    private static String matched(String text, String regex) {
        var matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
