package nl.omkijken.catalog;

import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Times are wall-clock times in Europe/Amsterdam: the clock goes forward on 29 March 2026 and back on 25 October
 * 2026, and an activity at 10:00 stays at 10:00 with the offset changing underneath.
 */
class DaylightSavingTests {

    @Test
    void everyTuesdayAtTenStaysAtTenWhenSummerTimeStartsAndEnds() {
        var schedule = weekly(TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0));

        assertThat(starts(schedule, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 4)))
                .containsExactly("2026-03-24T10:00+01:00", "2026-03-31T10:00+02:00");
        assertThat(starts(schedule, LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 31)))
                .containsExactly("2026-10-20T10:00+02:00", "2026-10-27T10:00+01:00");
        assertThat(schedule.occurrences(LocalDate.of(2026, 10, 27), LocalDate.of(2026, 10, 28)))
                .singleElement()
                .satisfies(occurrence ->
                        assertThat(occurrence.end().toOffsetDateTime()).hasToString("2026-10-27T12:00+01:00"));
    }

    @Test
    void halfPastTwoOnTheSpringForwardSundayMovesToHalfPastThreeAndKeepsItsHour() {
        var schedule = weekly(SUNDAY, LocalTime.of(2, 30), LocalTime.of(3, 30));

        var occurrences = schedule.occurrences(LocalDate.of(2026, 3, 22), LocalDate.of(2026, 4, 6));

        // 02:30 does not exist on 29 March: the clock jumps from 02:00 to 03:00. ZonedDateTime.of moves the start
        // forward by the gap, to 03:30 summer time; the end would then equal the start, so it keeps the usual hour.
        assertThat(periods(occurrences))
                .containsExactly(
                        "2026-03-22T02:30+01:00 - 2026-03-22T03:30+01:00",
                        "2026-03-29T03:30+02:00 - 2026-03-29T04:30+02:00",
                        "2026-04-05T02:30+02:00 - 2026-04-05T03:30+02:00");
    }

    @Test
    void halfPastTwoOnTheFallBackSundayIsTheFirstOfTheTwo() {
        var schedule = weekly(SUNDAY, LocalTime.of(2, 30), LocalTime.of(3, 30));

        var occurrences = schedule.occurrences(LocalDate.of(2026, 10, 18), LocalDate.of(2026, 11, 2));

        // 02:30 happens twice on 25 October; ZonedDateTime.of takes the first, still summer time. 03:30 happens once,
        // in winter time, so that night it lasts two hours and still ends when the clock on the wall says 03:30.
        assertThat(periods(occurrences))
                .containsExactly(
                        "2026-10-18T02:30+02:00 - 2026-10-18T03:30+02:00",
                        "2026-10-25T02:30+02:00 - 2026-10-25T03:30+01:00",
                        "2026-11-01T02:30+01:00 - 2026-11-01T03:30+01:00");
    }

    private static Schedule weekly(DayOfWeek day, LocalTime start, LocalTime end) {
        return new Schedule(
                UUID.randomUUID(),
                null,
                ScheduleDetails.weekly(Set.of(day), 1, start, end, LocalDate.of(2026, 1, 1), null));
    }

    private static List<String> starts(Schedule schedule, LocalDate from, LocalDate until) {
        return schedule.occurrences(from, until).stream()
                .map(occurrence -> occurrence.start().toOffsetDateTime().toString())
                .toList();
    }

    private static List<String> periods(List<Occurrence> occurrences) {
        return occurrences.stream()
                .map(o -> o.start().toOffsetDateTime() + " - " + o.end().toOffsetDateTime())
                .toList();
    }
}
