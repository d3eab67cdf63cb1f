package nl.omkijken.finder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import nl.omkijken.finder.AgendaController.Period;
import org.springframework.stereotype.Service;

/**
 * What is on in one wijk: the first few things today, the first few in the rest of the week, and the agenda pages
 * that show all of it. The finder's answer to pages outside it, such as the start page; read from the same index as
 * the agenda, so both always agree.
 */
@Service
public class WhatsOn {

    /** Lines per part; the agenda shows the rest. */
    public static final int LINES = 5;

    private final OfferingSearch search;
    private final Clock clock;

    WhatsOn(OfferingSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    /**
     * What is on in this wijk today, and from tomorrow until the end of the agenda's week. A code that is no wijk
     * finds nothing.
     */
    public Week inDistrict(String districtCode) {
        var query = AgendaController.query(districtCode, null, null, null);
        var today = LocalDate.now(clock);
        var tomorrow = today.plusDays(1);
        return new Week(
                lines(query, today, tomorrow),
                lines(query, tomorrow, today.plusDays(Period.WEEK.days)),
                query.hrefAt("/agenda?periode=" + Period.TODAY.code()),
                query.hrefAt("/agenda?periode=" + Period.WEEK.code()));
    }

    private List<Line> lines(SearchQuery query, LocalDate from, LocalDate until) {
        return search.agenda(query, from, until, LINES).stream()
                .map(i -> new Line(
                        i.start(),
                        i.end(),
                        i.hit().title(),
                        i.hit().path(),
                        i.hit().placeLabel()))
                .toList();
    }

    /**
     * One time something takes place.
     *
     * @param path the offering's page
     * @param place where, as residents know it; empty when the offering names no place
     */
    public record Line(ZonedDateTime start, ZonedDateTime end, String title, String path, String place) {}

    /**
     * What is on in a wijk this week, as far as a page outside the agenda shows it.
     *
     * @param today the first lines of today, including what already took place
     * @param laterThisWeek the first lines from tomorrow on
     * @param todayAgenda the agenda of today in this wijk
     * @param weekAgenda the agenda of the whole week in this wijk, today included
     */
    public record Week(List<Line> today, List<Line> laterThisWeek, String todayAgenda, String weekAgenda) {}
}
