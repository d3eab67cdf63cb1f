package nl.omkijken.catalog;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a provider fills in is checked field by field and as a whole, with a message key beside each field. */
class ScheduleFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 6);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void aSensibleWeeklyFormHasNoMistakesAndBecomesItsRule() {
        var form = weekly(Set.of(THURSDAY), true, TEN, NOON, TODAY, null, List.of());

        assertThat(violations(form)).isEmpty();
        assertThat(form.check(TODAY)).isEmpty();
        assertThat(form.toDetails().rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    }

    @Test
    void beanValidationNamesTheMissingFields() {
        var form = new ScheduleForm(
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                List.of(new ClosedPeriod(null, null, "x".repeat(201))));

        assertThat(violations(form))
                .containsExactlyInAnyOrder(
                        "pattern NotNull",
                        "startTime NotNull",
                        "endTime NotNull",
                        "validFrom NotNull",
                        "closedPeriods[0].reason Size");
        assertThat(form.check(TODAY)).isEmpty();
    }

    @Test
    void aClosedPeriodLeftEmptyIsNoPeriodButAHalfFilledOneIsAMistake() {
        var empty = weekly(
                Set.of(DayOfWeek.TUESDAY), false, TEN, NOON, TODAY, null, List.of(new ClosedPeriod(null, null, "")));
        var halfFilled = weekly(
                Set.of(DayOfWeek.TUESDAY), false, TEN, NOON, TODAY, null, List.of(new ClosedPeriod(TODAY, null, "")));

        assertThat(empty.check(TODAY)).isEmpty();
        assertThat(empty.toDetails().closedPeriods()).isEmpty();
        assertThat(halfFilled.check(TODAY))
                .containsExactly(new FormError("closedPeriods[0].untilDate", "schedule.closedPeriod.incomplete"));
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertThat(weekly(Set.of(TUESDAY), false, NOON, TEN, TODAY, null, List.of())
                        .check(TODAY))
                .containsExactly(new FormError("endTime", "schedule.endTime.notAfterStart"));
        assertThat(weekly(Set.of(TUESDAY), false, TEN, TEN, TODAY, null, List.of())
                        .check(TODAY))
                .containsExactly(new FormError("endTime", "schedule.endTime.notAfterStart"));
    }

    @Test
    void theLastDayMayNotComeBeforeTheFirst() {
        var form = weekly(Set.of(TUESDAY), false, TEN, NOON, TODAY.plusDays(7), TODAY.plusDays(6), List.of());

        assertThat(form.check(TODAY))
                .containsExactly(new FormError("validUntil", "schedule.validUntil.beforeValidFrom"));
    }

    @Test
    void weeklyNeedsAtLeastOneDay() {
        assertThat(weekly(Set.of(), false, TEN, NOON, TODAY, null, List.of()).check(TODAY))
                .containsExactly(new FormError("weekdays", "schedule.weekdays.required"));
    }

    @Test
    void monthlyNeedsExactlyOneDayAndAWeekOfTheMonth() {
        assertThat(monthly(Set.of(SATURDAY, SUNDAY), 1).check(TODAY))
                .containsExactly(new FormError("weekdays", "schedule.weekdays.exactlyOne"));
        assertThat(monthly(Set.of(), -1).check(TODAY))
                .containsExactly(new FormError("weekdays", "schedule.weekdays.exactlyOne"));
        assertThat(monthly(Set.of(SATURDAY), null).check(TODAY))
                .containsExactly(new FormError("weekOfMonth", "schedule.weekOfMonth.required"));
        assertThat(monthly(Set.of(SATURDAY), 5).check(TODAY))
                .containsExactly(new FormError("weekOfMonth", "schedule.weekOfMonth.required"));
        assertThat(monthly(Set.of(SATURDAY), -1).check(TODAY)).isEmpty();
    }

    @Test
    void aSingleDateIgnoresTheFieldsOfARepeatingSchedule() {
        var form = new ScheduleForm(
                SchedulePattern.ONCE, Set.of(TUESDAY), true, 2, TEN, NOON, TODAY, TODAY.minusDays(1), List.of());

        assertThat(form.check(TODAY)).isEmpty();
        assertThat(form.toDetails()).isEqualTo(ScheduleDetails.once(TODAY, TEN, NOON));
    }

    @Test
    void refusesAScheduleWithNoDateFromTodayOn() {
        var yesterday = new ScheduleForm(
                SchedulePattern.ONCE, Set.of(), false, null, TEN, NOON, TODAY.minusDays(1), null, List.of());
        var ended = weekly(Set.of(TUESDAY), false, TEN, NOON, TODAY.minusDays(30), TODAY.minusDays(1), List.of());
        var allClosed = weekly(
                Set.of(TUESDAY),
                false,
                TEN,
                NOON,
                TODAY,
                TODAY.plusDays(20),
                List.of(new ClosedPeriod(TODAY, TODAY.plusDays(30), "Verbouwing")));
        var today = new ScheduleForm(SchedulePattern.ONCE, Set.of(), false, null, TEN, NOON, TODAY, null, List.of());

        assertThat(yesterday.check(TODAY)).containsExactly(new FormError("validFrom", "schedule.noFutureDate"));
        assertThat(ended.check(TODAY)).containsExactly(new FormError("validUntil", "schedule.noFutureDate"));
        assertThat(allClosed.check(TODAY)).containsExactly(new FormError("validUntil", "schedule.noFutureDate"));
        assertThat(today.check(TODAY)).isEmpty();
    }

    @Test
    void closedPeriodsMustEndAfterTheyStartAndNotShareAFirstDay() {
        var form = weekly(
                Set.of(TUESDAY),
                false,
                TEN,
                NOON,
                TODAY,
                null,
                List.of(
                        new ClosedPeriod(TODAY.plusDays(10), TODAY.plusDays(9), "Omgedraaid"),
                        ClosedPeriod.day(TODAY.plusDays(20), "Feestdag"),
                        new ClosedPeriod(TODAY.plusDays(20), TODAY.plusDays(40), "Zomerstop")));

        assertThat(form.check(TODAY))
                .containsExactly(
                        new FormError("closedPeriods[0].untilDate", "schedule.closedPeriod.untilBeforeFrom"),
                        new FormError("closedPeriods[2].fromDate", "schedule.closedPeriod.sameFirstDay"));
    }

    @Test
    void aScheduleFillsInTheFormItCameFrom() {
        var details = ScheduleDetails.monthly(-1, DayOfWeek.FRIDAY, TEN, NOON, TODAY, TODAY.plusYears(1))
                .closedOn(ClosedPeriod.day(LocalDate.of(2026, 12, 25), "Kerst"));

        assertThat(ScheduleForm.of(details).toDetails()).isEqualTo(details);
    }

    private static ScheduleForm weekly(
            Set<DayOfWeek> days,
            boolean everyOtherWeek,
            LocalTime start,
            LocalTime end,
            LocalDate from,
            LocalDate until,
            List<ClosedPeriod> closed) {
        return new ScheduleForm(SchedulePattern.WEEKLY, days, everyOtherWeek, null, start, end, from, until, closed);
    }

    private static ScheduleForm monthly(Set<DayOfWeek> days, Integer weekOfMonth) {
        return new ScheduleForm(SchedulePattern.MONTHLY, days, false, weekOfMonth, TEN, NOON, TODAY, null, List.of());
    }

    private static List<String> violations(ScheduleForm form) {
        return validator.validate(form).stream()
                .map(ScheduleFormTests::describe)
                .toList();
    }

    private static String describe(ConstraintViolation<ScheduleForm> violation) {
        var constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return violation.getPropertyPath() + " " + constraint.getSimpleName();
    }
}
