package nl.omkijken.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.omkijken.IntegrationTest;
import nl.omkijken.area.Areas;
import nl.omkijken.finder.WhatsOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** The start page's "In je wijk": what is on today and this week in the chosen wijk, as the agenda has it. */
@IntegrationTest
class StartPageTests {

    private static final Pattern LINE = Pattern.compile(
            "<strong>([^<]*\\d\\d:\\d\\d - \\d\\d:\\d\\d)</strong>\\s*<a [^>]*href=\"(/aanbod/[^\"]+)\"");
    private static final Pattern DAY = Pattern.compile("<h2 class=\"utrecht-heading-2\">([^<]+)</h2>");

    @Autowired
    MockMvc mvc;

    @Autowired
    Areas areas;

    @Autowired
    LayoutAdvice layout;

    @Autowired
    SpringTemplateEngine templates;

    @Test
    void eachWijkShowsTheFirstOfTodayAndOfTheRestOfTheWeekAsTheAgendaListsThem() throws Exception {
        var shortened = 0;
        for (var district : areas.districts()) {
            var code = district.code();
            var html = page("/?wijk=" + code);
            var today = agenda("/agenda?periode=vandaag&wijk=" + code);
            var todaysDay = today.isEmpty() ? null : today.get(0).day();
            var laterThisWeek = agenda("/agenda?periode=week&wijk=" + code).stream()
                    .filter(line -> !line.day().equals(todaysDay))
                    .toList();

            assertThat(lines(section(html, "vandaag-lijst")))
                    .as("today in " + code)
                    .isEqualTo(today.stream()
                            .limit(WhatsOn.LINES)
                            .map(AgendaLine::timeAndPage)
                            .toList());
            assertThat(lines(section(html, "deze-week-lijst")))
                    .as("later this week in " + code)
                    .isEqualTo(laterThisWeek.stream()
                            .limit(WhatsOn.LINES)
                            .map(AgendaLine::dayTimeAndPage)
                            .toList());
            assertThat(html)
                    .contains("Dit is er te doen in " + district.name() + ".")
                    .contains("href=\"/agenda?periode=vandaag&amp;wijk=" + code + "\"")
                    .contains("href=\"/agenda?periode=week&amp;wijk=" + code + "\"")
                    .contains("<option value=\"" + code + "\" selected=\"selected\">");
            if (today.isEmpty()) {
                assertThat(html).contains("Vandaag staat er niets in de agenda van " + district.name());
            }
            if (laterThisWeek.size() > WhatsOn.LINES) {
                shortened++;
            }
        }
        assertThat(shortened)
                .as("wijken with more this week than the start page shows")
                .isPositive();
    }

    @Test
    void withoutAWijkThePageOffersTheChoiceAndNoAgenda() throws Exception {
        var html = page("/");

        assertThat(html)
                .contains("<h2 class=\"utrecht-heading-2\" id=\"in-je-wijk\">In je wijk</h2>")
                .contains("<form class=\"omk-form\" id=\"wijk-form\" action=\"/#in-je-wijk\" method=\"get\">")
                .contains("<option value=\"\">Kies je wijk</option>")
                .contains("<script src=\"/js/remember-district.js\" defer></script>")
                .doesNotContain("Vandaag", "Deze wijk kennen we niet", "selected=\"selected\"");
        assertThat(Pattern.compile("<option value=\"WK0193\\d\\d\"")
                        .matcher(html)
                        .results())
                .hasSize(16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WK999999", "wk019310", "<script>alert(1)</script>", "WK019310,WK019322", "WK0193\u000010"})
    void anUnknownOrMalformedWijkGivesTheNormalPageWithANoteBesideTheChoice(String wijk) throws Exception {
        var html = page(get("/").param("wijk", wijk));

        assertThat(html)
                .contains("Deze wijk kennen we niet. Kies je wijk uit de lijst.")
                .contains("aria-invalid=\"true\" aria-describedby=\"mijn-wijk-error\"")
                .contains("De wijken van Zwolle")
                .doesNotContain("Vandaag", "<script>alert", "selected=\"selected\"");
    }

    @Test
    void anEmptyChoiceIsNoChoiceAndSpacesAroundACodeDoNotMatter() throws Exception {
        assertThat(page("/?wijk=")).doesNotContain("Deze wijk kennen we niet", "Vandaag");
        assertThat(page(get("/").param("wijk", " WK019310 "))).contains("Dit is er te doen in Binnenstad.");
    }

    @Test
    void inEnglishTheChoiceKeepsTheLanguage() throws Exception {
        var html = page("/?wijk=WK019310&lang=en");

        assertThat(html)
                .contains("<html lang=\"en\"")
                .contains("<input type=\"hidden\" name=\"lang\" value=\"en\">")
                .contains("<h3 class=\"utrecht-heading-3\" id=\"vandaag\">Today</h3>")
                .contains("href=\"/agenda?periode=week&amp;wijk=WK019310&amp;lang=en\"");
        assertThat(page("/?wijk=WK019310")).doesNotContain("name=\"lang\"");
    }

    @Test
    void thePrivacyStatementSaysTheWijkStaysInTheBrowser() throws Exception {
        assertThat(page("/privacy")).contains("Dan onthoudt alleen je eigen browser die keuze.");
        assertThat(page("/privacy?lang=en")).contains("Then only your own browser remembers that choice.");
    }

    @Test
    void aDayWithNothingOnSaysSoAndPointsToTheRestOfTheWeek() throws Exception {
        // The demo offer has something nearly every day, so this day without anything is made up.
        var whatsOn = mock(WhatsOn.class);
        var tomorrow = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
        var walk = new WhatsOn.Line(tomorrow, tomorrow.plusHours(2), "Samen wandelen", "/aanbod/1/samen-wandelen", "");
        when(whatsOn.inDistrict("WK019322"))
                .thenReturn(new WhatsOn.Week(
                        List.of(),
                        List.of(walk),
                        "/agenda?periode=vandaag&wijk=WK019322",
                        "/agenda?periode=week&wijk=WK019322"));
        var views = new ThymeleafViewResolver();
        views.setTemplateEngine(templates);
        views.setCharacterEncoding("UTF-8");
        var standalone = MockMvcBuilders.standaloneSetup(new StartController(areas, whatsOn))
                .setControllerAdvice(layout)
                .setViewResolvers(views)
                .build();

        var html = standalone
                .perform(get("/").param("wijk", "WK019322").locale(Locale.forLanguageTag("nl")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html)
                .contains("Vandaag staat er niets in de agenda van Stadshagen.")
                .contains(
                        "<a class=\"utrecht-link utrecht-link--html-a\" href=\"#deze-week\">Kijk wat er deze week is</a>")
                .contains("dinsdag 10 maart, 10:00 - 12:00")
                .doesNotContain("id=\"vandaag-lijst\"");
    }

    private String page(String uri) throws Exception {
        return page(get(uri));
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** One line of the agenda page, with the day heading it stands under. */
    private record AgendaLine(String day, String time, String page) {

        String timeAndPage() {
            return time + " " + page;
        }

        String dayTimeAndPage() {
            return day + ", " + time + " " + page;
        }
    }

    private List<AgendaLine> agenda(String uri) throws Exception {
        var lines = new ArrayList<AgendaLine>();
        for (var day : page(uri).split("<section class=\"omk-agenda-day\">")) {
            var heading = DAY.matcher(day);
            if (!heading.find()) {
                continue;
            }
            LINE.matcher(day)
                    .results()
                    .forEach(m -> lines.add(new AgendaLine(heading.group(1), m.group(1), m.group(2))));
        }
        return lines;
    }

    /** The time and page of each line in the list with this id; none when the list is absent. */
    private static List<String> lines(String list) {
        return LINE.matcher(list)
                .results()
                .map(m -> m.group(1) + " " + m.group(2))
                .toList();
    }

    private static String section(String html, String id) {
        var start = html.indexOf("id=\"" + id + "\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</ul>", start));
    }
}
