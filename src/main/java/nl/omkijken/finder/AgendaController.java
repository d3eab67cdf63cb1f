package nl.omkijken.finder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.area.Areas;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.PublicOfferings;
import nl.omkijken.catalog.Taxonomy;
import nl.omkijken.catalog.Vocabulary;
import nl.omkijken.identity.IdentityProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What happens when: the coming occurrences by day, today, this week or the coming month, for one wijk or all of
 * them, and the same as a calendar file; also the calendar file of one offering.
 */
@Controller
class AgendaController {

    /** Lines on one agenda page and in one calendar file. */
    static final int MAX_ITEMS = 500;

    private final OfferingSearch search;
    private final CalendarFeeds feeds;
    private final PublicOfferings offerings;
    private final Taxonomy taxonomy;
    private final Areas areas;
    private final IdentityProperties site;
    private final Clock clock;
    private final AgendaPrint print;

    AgendaController(
            AgendaPrint print,
            OfferingSearch search,
            CalendarFeeds feeds,
            PublicOfferings offerings,
            Taxonomy taxonomy,
            Areas areas,
            IdentityProperties site,
            Clock clock) {
        this.search = search;
        this.feeds = feeds;
        this.offerings = offerings;
        this.taxonomy = taxonomy;
        this.areas = areas;
        this.site = site;
        this.clock = clock;
        this.print = print;
    }

    /** The periods the agenda offers; the first is the default. */
    enum Period {
        WEEK("week", 7),
        TODAY("vandaag", 1),
        MONTH("maand", 31);

        final String code;
        final int days;

        Period(String code, int days) {
            this.code = code;
            this.days = days;
        }

        public String code() {
            return code;
        }

        static Period of(String code) {
            for (var period : values()) {
                if (period.code.equals(code)) {
                    return period;
                }
            }
            return WEEK;
        }
    }

    /** The occurrences of one day. */
    record Day(LocalDate date, List<OfferingSearch.AgendaItem> items) {}

    @GetMapping("/agenda")
    String agenda(
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) String wijk,
            @RequestParam(required = false) String soort,
            @RequestParam(required = false) String thema,
            @RequestParam(required = false) String dagdeel,
            Model model,
            Locale locale) {
        var period = Period.of(periode);
        var query = query(wijk, soort, thema, dagdeel);
        var today = LocalDate.now(clock);
        var items = search.agenda(query, today, today.plusDays(period.days), MAX_ITEMS);
        model.addAttribute("period", period);
        model.addAttribute("periods", Period.values());
        model.addAttribute("query", query);
        model.addAttribute("days", days(items));
        model.addAttribute("full", items.size() == MAX_ITEMS);
        model.addAttribute("districts", areas.districts());
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("themes", taxonomy.options(Vocabulary.THEME, locale));
        model.addAttribute("partsOfDay", SearchEntry.PartOfDay.values());
        // The period goes first in the calendar file's address; the filters follow.
        model.addAttribute("feed", query.hrefAt("/agenda.ics?periode=" + period.code()));
        return "finder/agenda";
    }

    @GetMapping("/agenda.ics")
    ResponseEntity<byte[]> agendaFeed(
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) String wijk,
            @RequestParam(required = false) String soort,
            @RequestParam(required = false) String thema,
            @RequestParam(required = false) String dagdeel) {
        var period = Period.of(periode);
        var today = LocalDate.now(clock);
        var items = search.agenda(query(wijk, soort, thema, dagdeel), today, today.plusDays(period.days), MAX_ITEMS);
        var events = items.stream()
                .map(i -> new CalendarFeeds.Event(
                        i.hit().id(),
                        i.hit().title(),
                        i.hit().summary(),
                        i.hit().placeLabel(),
                        i.start(),
                        i.end()))
                .toList();
        return calendar("Omkijken agenda", "omkijken-agenda.ics", events);
    }

    /** The agenda of one wijk as an A4 PDF in large type: this week, or this month with {@code periode=maand}. */
    @GetMapping("/agenda/print")
    ResponseEntity<byte[]> printed(
            @RequestParam(required = false) String wijk, @RequestParam(required = false) String periode) {
        if (wijk == null || wijk.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var district =
                areas.district(wijk.strip()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var period = Period.of(periode) == Period.MONTH ? Period.MONTH : Period.WEEK;
        var today = LocalDate.now(clock);
        var until = today.plusDays(period.days);
        var items = search.agenda(query(district.code(), null, null, null), today, until, MAX_ITEMS);
        var pdf = print.pdf(java.util.Map.of(
                "district", district,
                "from", today,
                "until", until.minusDays(1),
                "days", days(items),
                "site", site.publicUrl().getHost()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("agenda-" + FinderController.slug(district.name()) + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/aanbod/{id}/agenda.ics")
    ResponseEntity<byte[]> offeringFeed(@PathVariable UUID id) {
        var offering = offerings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var place = offering.places().isEmpty()
                ? ""
                : offering.places().get(0).name() + ", "
                        + offering.places().get(0).streetAddress() + ", "
                        + offering.places().get(0).city();
        var events = offering.coming().stream()
                .map(o -> new CalendarFeeds.Event(id, offering.title(), offering.summary(), place, o.start(), o.end()))
                .toList();
        return calendar(offering.title(), FinderController.slug(offering.title()) + ".ics", events);
    }

    private ResponseEntity<byte[]> calendar(String name, String file, List<CalendarFeeds.Event> events) {
        var body = feeds.calendar(name, events, site.publicUrl()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file).build().toString())
                .body(body);
    }

    static SearchQuery query(String wijk, String soort, String thema, String dagdeel) {
        return new SearchQuery(null, wijk, soort, thema, null, null, dagdeel, null, false, false, false, 1);
    }

    private static List<Day> days(List<OfferingSearch.AgendaItem> items) {
        var days = new ArrayList<Day>();
        for (var item : items) {
            var date = item.start().toLocalDate();
            if (days.isEmpty() || !days.get(days.size() - 1).date().equals(date)) {
                days.add(new Day(date, new ArrayList<>()));
            }
            days.get(days.size() - 1).items().add(item);
        }
        return days;
    }
}
