package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarBuilder;
import nl.omkijken.IntegrationTest;
import nl.omkijken.catalog.PublicOfferings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The agenda by day and its calendar files, from the demo offer. */
@IntegrationTest
class AgendaTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfferingSearch search;

    @Autowired
    PublicOfferings catalog;

    @Test
    void thisWeeksAgendaListsEachDayInOrderWithoutACookie() throws Exception {
        var html = mvc.perform(get("/agenda"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Agenda").contains("omk-agenda-day").contains("/agenda.ics?periode=week");
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        var items = search.agenda(query(null), today, today.plusDays(7), 500);
        assertThat(items).isNotEmpty();
        assertThat(items).isSortedAccordingTo(java.util.Comparator.comparing(OfferingSearch.AgendaItem::start));
        assertThat(items)
                .allMatch(i -> !i.start().toLocalDate().isBefore(today)
                        && i.start().toLocalDate().isBefore(today.plusDays(7)));
    }

    @Test
    void aWijkShowsOnlyWhatTakesPlaceThere() {
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        var all = search.agenda(query(null), today, today.plusDays(31), 5_000);
        var binnenstad = search.agenda(query("WK019310"), today, today.plusDays(31), 5_000);

        assertThat(binnenstad).isNotEmpty().hasSizeLessThan(all.size());
        var ids = binnenstad.stream().map(i -> i.hit().id()).distinct().toList();
        assertThat(catalog.findAll(ids))
                .allMatch(
                        o -> o.places().stream().anyMatch(p -> p.districtCode().equals("WK019310")));
    }

    @Test
    void theAgendaAndEachOfferingComeAsCalendarFiles() throws Exception {
        var agenda = mvc.perform(get("/agenda.ics").param("periode", "week").param("wijk", "WK019310"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var parsed = new CalendarBuilder().build(new StringReader(agenda));
        assertThat(parsed.getComponents("VEVENT")).isNotEmpty();
        assertThat(parsed.getComponents("VTIMEZONE")).hasSize(1);

        var offering = catalog.findAll(catalog.visibleIds()).stream()
                .filter(o -> !o.coming().isEmpty())
                .findFirst()
                .orElseThrow();
        var feed = mvc.perform(get("/aanbod/" + offering.id() + "/agenda.ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT"))
                .hasSize(offering.coming().size());

        mvc.perform(get("/aanbod/00000000-0000-0000-0000-000000000000/agenda.ics"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWijksAgendaPrintsOnA4InLargeTypeWithItsFontEmbedded() throws Exception {
        var pdf = mvc.perform(get("/agenda/print").param("wijk", "WK019310"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            var text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            assertThat(text).contains("Wat is er te doen in Binnenstad?");
            var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            var first = search.agenda(query("WK019310"), today, today.plusDays(7), 1)
                    .get(0);
            assertThat(text).contains(first.hit().title());
            var font =
                    document.getPage(0).getResources().getFontNames().iterator().next();
            var embedded = document.getPage(0).getResources().getFont(font);
            assertThat(embedded.getName()).contains("DejaVuSans");
            assertThat(embedded.isEmbedded()).isTrue();
        }
        mvc.perform(get("/agenda/print").param("wijk", "WK999999")).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/print")).andExpect(status().isBadRequest());
        mvc.perform(get("/agenda/print").param("wijk", "WK019310").param("periode", "maand"))
                .andExpect(status().isOk());
    }

    @Test
    void oddParametersGiveANormalAgenda() throws Exception {
        mvc.perform(get("/agenda").param("periode", "eeuw").param("wijk", "<b>").param("dagdeel", "NACHT"))
                .andExpect(status().isOk());
        mvc.perform(get("/agenda").param("periode", "vandaag")).andExpect(status().isOk());
    }

    private static SearchQuery query(String wijk) {
        return new SearchQuery(null, wijk, null, null, null, null, null, null, false, false, false, 1);
    }
}
