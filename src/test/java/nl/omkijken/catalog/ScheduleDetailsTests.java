package nl.omkijken.catalog;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stored RFC 5545 rule follows from what the provider chose, in exactly the agreed form. */
class ScheduleDetailsTests {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Test
    void weeklyListsTheDaysInWeekOrder() {
        var schedule = ScheduleDetails.weekly(Set.of(THURSDAY, TUESDAY), 1, TEN, NOON, MAY, null);

        assertThat(schedule.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH");
        assertThat(schedule.weekdayCodes()).isEqualTo("TU,TH");
    }

    @Test
    void everyOtherWeekHasAnIntervalOfTwo() {
        var schedule = ScheduleDetails.weekly(Set.of(THURSDAY), 2, TEN, NOON, MAY, null);

        assertThat(schedule.rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    }

    @Test
    void monthlyNamesTheWeekOfTheMonthBeforeTheDay() {
        assertThat(ScheduleDetails.monthly(1, SATURDAY, TEN, NOON, MAY, null).rrule())
                .isEqualTo("FREQ=MONTHLY;BYDAY=1SA");
        assertThat(ScheduleDetails.monthly(-1, FRIDAY, TEN, NOON, MAY, null).rrule())
                .isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
    }

    @Test
    void anEndDateEndsTheRuleAtTheEndOfThatDayInFloatingTime() {
        var end = LocalDate.of(2026, 6, 30);

        assertThat(ScheduleDetails.weekly(Set.of(TUESDAY), 2, TEN, NOON, MAY, end)
                        .rrule())
                .isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260630T235959");
        assertThat(ScheduleDetails.monthly(-1, FRIDAY, TEN, NOON, MAY, end).rrule())
                .isEqualTo("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260630T235959");
    }

    @Test
    void aSingleDateHasNoRule() {
        var schedule = ScheduleDetails.once(LocalDate.of(2026, 12, 14), TEN, NOON);

        assertThat(schedule.rrule()).isNull();
        assertThat(schedule.weekdayCodes()).isEmpty();
    }

    @Test
    void weekdayCodesReadBackAsTheSameDays() {
        var all = EnumSet.allOf(DayOfWeek.class);

        assertThat(ScheduleDetails.weekdays("MO,TU,WE,TH,FR,SA,SU")).isEqualTo(all);
        assertThat(ScheduleDetails.weekdays("")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> ScheduleDetails.weekdays("DI"));
    }

    @Test
    void refusesWhatTheFormShouldHaveCaught() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScheduleDetails.weekly(Set.of(), 1, TEN, NOON, MAY, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScheduleDetails.weekly(Set.of(TUESDAY), 3, TEN, NOON, MAY, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScheduleDetails.weekly(Set.of(TUESDAY), 1, NOON, TEN, MAY, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScheduleDetails.monthly(0, SATURDAY, TEN, NOON, MAY, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScheduleDetails.monthly(1, SATURDAY, TEN, NOON, MAY, MAY.minusDays(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScheduleDetails(
                        SchedulePattern.MONTHLY, Set.of(SATURDAY), 1, null, TEN, NOON, MAY, null, List.of()));
    }

    @Test
    void theEntityStoresTheDerivedRuleAndGivesBackTheSameDetails() {
        var details = ScheduleDetails.weekly(Set.of(TUESDAY, THURSDAY), 2, TEN, NOON, MAY, LocalDate.of(2026, 12, 31))
                .closedOn(
                        new ClosedPeriod(LocalDate.of(2026, 7, 11), LocalDate.of(2026, 8, 23), "Zomerstop"),
                        ClosedPeriod.day(LocalDate.of(2026, 5, 14), "Hemelvaartsdag"));

        var schedule = new Schedule(UUID.randomUUID(), null, details);

        assertThat(schedule.rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20261231T235959");
        assertThat(schedule.details()).isEqualTo(details);
        assertThat(schedule.details().closedPeriods())
                .extracting(ClosedPeriod::reason)
                .containsExactly("Hemelvaartsdag", "Zomerstop");
    }

    @Test
    void changingTheFieldsChangesTheRule() {
        var schedule =
                new Schedule(UUID.randomUUID(), null, ScheduleDetails.weekly(Set.of(TUESDAY), 1, TEN, NOON, MAY, null));

        schedule.change(null, ScheduleDetails.once(LocalDate.of(2026, 12, 14), TEN, NOON));

        assertThat(schedule.rrule()).isNull();
        assertThat(schedule.details().pattern()).isEqualTo(SchedulePattern.ONCE);
    }

    @Test
    void aSingleDateStoredWithItselfAsLastDayIsTheSameSingleDate() {
        var day = LocalDate.of(2026, 12, 14);

        var stored = new ScheduleDetails(SchedulePattern.ONCE, Set.of(), 1, null, TEN, NOON, day, day, List.of());

        assertThat(stored).isEqualTo(ScheduleDetails.once(day, TEN, NOON));
        assertThat(stored.occurrences().dates(day, day.plusDays(1))).containsExactly(day);
    }
}
