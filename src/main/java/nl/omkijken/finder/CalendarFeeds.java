package nl.omkijken.finder;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Calendar files (RFC 5545) residents can open or subscribe to in their calendar app: one event per occurrence, in
 * Europe/Amsterdam time with its VTIMEZONE, so the times stay right across the change to and from summer time.
 */
@Component
class CalendarFeeds {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /**
     * Europe/Amsterdam as calendar apps expect it: the EU summer-time rule in force since 1996, as Outlook and Google
     * write it. The full history ical4j carries (under its tz link, Europe/Brussels) is 150 lines that no event of ours
     * needs.
     */
    private static final String VTIMEZONE = String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Omkijken//Finder//NL",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Amsterdam",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "END:VCALENDAR",
            "");

    private final VTimeZone amsterdam;

    CalendarFeeds() {
        try {
            amsterdam = new CalendarBuilder()
                    .build(new StringReader(VTIMEZONE))
                    .<VTimeZone>getComponent("VTIMEZONE")
                    .orElseThrow();
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("The built-in VTIMEZONE does not parse", e);
        }
    }

    /** One event: an occurrence of an offering. */
    record Event(UUID offeringId, String title, String summary, String place, ZonedDateTime start, ZonedDateTime end) {}

    String calendar(String name, List<Event> events, URI site) {
        var calendar = new Calendar()
                .withProdId(new ProdId("-//Omkijken//Finder//NL").getValue())
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name))
                .withComponent(amsterdam.copy())
                .getFluentTarget();
        for (var event : events) {
            var start = event.start().withZoneSameInstant(AMSTERDAM);
            var end = event.end().withZoneSameInstant(AMSTERDAM);
            var page = site.resolve("/aanbod/" + event.offeringId());
            var vevent = new VEvent(start, end, event.title());
            vevent.add(new Uid(event.offeringId() + "-" + start.toEpochSecond() + "@omkijken"));
            vevent.add(new Description(event.summary() + "\n" + page));
            vevent.add(new Url(page));
            if (event.place() != null && !event.place().isBlank()) {
                vevent.add(new Location(event.place()));
            }
            calendar.add(vevent);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
