package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** The calendar file reads back with the same wall-clock times on both sides of the change to winter time. */
class CalendarFeedsTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void eventsAroundTheClockChangeKeepTheirLocalTimeAndCarryTheTimeZone() throws Exception {
        var id = UUID.randomUUID();
        var beforeChange = LocalDateTime.of(2026, 10, 20, 10, 0).atZone(AMSTERDAM);
        var afterChange = LocalDateTime.of(2026, 10, 27, 10, 0).atZone(AMSTERDAM);
        var text = new CalendarFeeds()
                .calendar(
                        "Koffie-inloop",
                        List.of(
                                new CalendarFeeds.Event(
                                        id,
                                        "Koffie-inloop",
                                        "Koffie, thee & praten",
                                        "Buurtkamer, De Tippe",
                                        beforeChange,
                                        beforeChange.plusHours(2)),
                                new CalendarFeeds.Event(
                                        id,
                                        "Koffie-inloop",
                                        "Koffie, thee & praten",
                                        "Buurtkamer, De Tippe",
                                        afterChange,
                                        afterChange.plusHours(2))),
                        URI.create("https://omkijken.example.org/"));

        assertThat(text)
                .contains("BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "DTSTART;TZID=Europe/Amsterdam:20261020T100000")
                .contains("DTSTART;TZID=Europe/Amsterdam:20261027T100000")
                .contains("UID:" + id);
        var calendar = new CalendarBuilder().build(new StringReader(text));
        var events = calendar.<VEvent>getComponents("VEVENT");
        assertThat(events).hasSize(2);
        var starts = events.stream()
                .map(e -> e.<DtStart<?>>getProperty("DTSTART").orElseThrow().getDate())
                .map(t -> java.time.ZonedDateTime.from(t)
                        .withZoneSameInstant(AMSTERDAM)
                        .toLocalTime())
                .toList();
        assertThat(starts).allMatch(t -> t.getHour() == 10);
    }
}
