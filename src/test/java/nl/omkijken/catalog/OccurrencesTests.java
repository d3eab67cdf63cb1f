package nl.omkijken.catalog;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A schedule's rule becomes the concrete dates and times residents can go. */
class OccurrencesTests {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final UUID OFFERING = UUID.randomUUID();
    private static final UUID LOCATION = UUID.randomUUID();

    @Test
    void weeklyOnTwoDaysOverThreeMonthsKeepsItsWallClockTimes() {
        var schedule =
                schedule(ScheduleDetails.weekly(Set.of(TUESDAY, THURSDAY), 1, TEN, NOON, date(2026, 9, 1), null));

        var occurrences = schedule.occurrences(date(2026, 9, 1), date(2026, 12, 1));

        assertThat(occurrences).hasSize(26).allSatisfy(occurrence -> {
            assertThat(occurrence.start().getDayOfWeek()).isIn(TUESDAY, THURSDAY);
            assertThat(occurrence.start().toLocalTime()).isEqualTo(TEN);
            assertThat(occurrence.end().toLocalTime()).isEqualTo(NOON);
            assertThat(occurrence.start().getZone()).isEqualTo(Occurrences.ZONE);
        });
        assertThat(occurrences.get(0).start()).hasToString("2026-09-01T10:00+02:00[Europe/Amsterdam]");
        assertThat(occurrences.get(25).start()).hasToString("2026-11-26T10:00+01:00[Europe/Amsterdam]");
        assertThat(occurrences).extracting(Occurrence::offeringId).containsOnly(OFFERING);
        assertThat(occurrences).extracting(Occurrence::locationId).containsOnly(LOCATION);
        assertThat(occurrences).extracting(Occurrence::scheduleId).containsOnly(schedule.id());
    }

    @Test
    void everyOtherWeekCountsFromTheWeekOfTheFirstDay() {
        var fromMonday4May = schedule(ScheduleDetails.weekly(Set.of(THURSDAY), 2, TEN, NOON, date(2026, 5, 4), null));
        var fromMonday11May = schedule(ScheduleDetails.weekly(Set.of(THURSDAY), 2, TEN, NOON, date(2026, 5, 11), null));

        assertThat(dates(fromMonday4May, date(2026, 5, 1), date(2026, 7, 1)))
                .containsExactly(date(2026, 5, 7), date(2026, 5, 21), date(2026, 6, 4), date(2026, 6, 18));
        assertThat(dates(fromMonday11May, date(2026, 5, 1), date(2026, 7, 1)))
                .containsExactly(date(2026, 5, 14), date(2026, 5, 28), date(2026, 6, 11), date(2026, 6, 25));
    }

    @Test
    void firstSaturdayOfTheMonth() {
        var schedule = schedule(ScheduleDetails.monthly(1, SATURDAY, TEN, NOON, date(2026, 1, 1), null));

        assertThat(dates(schedule, date(2026, 1, 1), date(2026, 5, 1)))
                .containsExactly(date(2026, 1, 3), date(2026, 2, 7), date(2026, 3, 7), date(2026, 4, 4));
    }

    @Test
    void lastFridayOfTheMonth() {
        var schedule = schedule(ScheduleDetails.monthly(-1, FRIDAY, TEN, NOON, date(2026, 1, 1), null));

        assertThat(dates(schedule, date(2026, 1, 1), date(2026, 5, 1)))
                .containsExactly(date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27), date(2026, 4, 24));
    }

    @Test
    void aSingleDateOnlyInAWindowThatHoldsIt() {
        var schedule = schedule(ScheduleDetails.once(date(2026, 12, 14), TEN, NOON));

        assertThat(schedule.occurrences(date(2026, 12, 1), date(2027, 1, 1)))
                .singleElement()
                .satisfies(occurrence -> {
                    assertThat(occurrence.start()).hasToString("2026-12-14T10:00+01:00[Europe/Amsterdam]");
                    assertThat(occurrence.end()).hasToString("2026-12-14T12:00+01:00[Europe/Amsterdam]");
                });
        assertThat(schedule.occurrences(date(2026, 12, 15), date(2027, 1, 1))).isEmpty();
        assertThat(schedule.occurrences(date(2026, 12, 1), date(2026, 12, 14))).isEmpty();
    }

    @Test
    void nothingBeforeTheFirstDayOrAfterTheLastDay() {
        var schedule =
                schedule(ScheduleDetails.weekly(Set.of(TUESDAY), 1, TEN, NOON, date(2026, 6, 3), date(2026, 6, 16)));

        assertThat(dates(schedule, date(2026, 5, 1), date(2026, 8, 1)))
                .containsExactly(date(2026, 6, 9), date(2026, 6, 16));
    }

    @Test
    void theWindowIncludesItsFirstDayAndExcludesItsLast() {
        var schedule = schedule(ScheduleDetails.weekly(Set.of(THURSDAY), 1, TEN, NOON, date(2026, 1, 1), null));

        assertThat(dates(schedule, date(2026, 5, 7), date(2026, 5, 21)))
                .containsExactly(date(2026, 5, 7), date(2026, 5, 14));
    }

    @Test
    void skipsASummerBreakAndASingleHoliday() {
        var schedule = schedule(ScheduleDetails.weekly(Set.of(THURSDAY), 1, TEN, NOON, date(2026, 5, 1), null)
                .closedOn(
                        ClosedPeriod.day(date(2026, 5, 14), "Hemelvaartsdag"),
                        new ClosedPeriod(date(2026, 7, 9), date(2026, 8, 20), "Zomerstop")));

        assertThat(dates(schedule, date(2026, 5, 1), date(2026, 6, 1)))
                .containsExactly(date(2026, 5, 7), date(2026, 5, 21), date(2026, 5, 28));
        assertThat(dates(schedule, date(2026, 7, 1), date(2026, 9, 1)))
                .containsExactly(date(2026, 7, 2), date(2026, 8, 27));
    }

    @Test
    void theNextDatesStartTodayAndSkipClosedDays() {
        var schedule = schedule(ScheduleDetails.weekly(Set.of(THURSDAY), 1, TEN, NOON, date(2026, 1, 1), null)
                .closedOn(ClosedPeriod.day(date(2026, 5, 14), "Hemelvaartsdag")));

        assertThat(schedule.nextDates(3, date(2026, 5, 7)))
                .extracting(occurrence -> occurrence.start().toLocalDate())
                .containsExactly(date(2026, 5, 7), date(2026, 5, 21), date(2026, 5, 28));
        assertThat(schedule.nextDates(1, date(2026, 5, 8)))
                .extracting(occurrence -> occurrence.start().toOffsetDateTime().getOffset())
                .containsExactly(ZoneOffset.ofHours(2));
    }

    @Test
    void theNextDatesStopAtTheLastDayAndGiveUpOnYearsOfClosure() {
        var ending =
                schedule(ScheduleDetails.weekly(Set.of(THURSDAY), 1, TEN, NOON, date(2026, 1, 1), date(2026, 5, 21)));
        var closedForYears = schedule(ScheduleDetails.weekly(Set.of(THURSDAY), 1, TEN, NOON, date(2026, 1, 1), null)
                .closedOn(new ClosedPeriod(date(2026, 1, 1), date(2099, 12, 31), "Verbouwing")));

        assertThat(ending.nextDates(5, date(2026, 5, 8))).hasSize(2);
        assertThat(closedForYears.nextDates(5, date(2026, 5, 8))).isEmpty();
    }

    private static Schedule schedule(ScheduleDetails details) {
        return new Schedule(OFFERING, LOCATION, details);
    }

    private static List<LocalDate> dates(Schedule schedule, LocalDate from, LocalDate until) {
        return schedule.occurrences(from, until).stream()
                .map(occurrence -> occurrence.start().toLocalDate())
                .toList();
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
