package nl.omkijken.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a provider fills in to say when an offering takes place. Bean Validation checks each field on its own;
 * {@link #check} checks how the fields fit together, which annotations cannot.
 *
 * @param everyOtherWeek counted from the week of {@code validFrom}
 * @param weekOfMonth 1 to 4, or -1 for the last; for a monthly schedule only
 * @param validFrom the first day; for a single date, the day itself
 * @param validUntil the last day, empty when there is no end; not used for a single date
 */
public record ScheduleForm(
        @NotNull SchedulePattern pattern,
        Set<DayOfWeek> weekdays,
        Boolean everyOtherWeek,
        Integer weekOfMonth,
        @NotNull @DateTimeFormat(iso = ISO.TIME) LocalTime startTime,
        @NotNull @DateTimeFormat(iso = ISO.TIME) LocalTime endTime,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validUntil,
        List<@Valid ClosedPeriod> closedPeriods) {

    public ScheduleForm {
        // Unticked checkboxes and an empty list arrive as null.
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        everyOtherWeek = Boolean.TRUE.equals(everyOtherWeek);
        // The page always offers at least one closed period to fill in; left empty, it means there is none.
        closedPeriods = closedPeriods == null || closedPeriods.isEmpty()
                ? List.of(new ClosedPeriod(null, null, ""))
                : List.copyOf(closedPeriods);
    }

    /** An empty weekly schedule from today: the most common kind, so the form starts there. */
    static ScheduleForm weeklyFrom(LocalDate today) {
        return new ScheduleForm(SchedulePattern.WEEKLY, Set.of(), false, null, null, null, today, null, List.of());
    }

    /** The form filled in with a schedule as it stands, to change it. */
    static ScheduleForm of(ScheduleDetails schedule) {
        return new ScheduleForm(
                schedule.pattern(),
                schedule.weekdays(),
                schedule.weekInterval() == 2,
                schedule.weekOfMonth(),
                schedule.startTime(),
                schedule.endTime(),
                schedule.validFrom(),
                schedule.validUntil(),
                schedule.closedPeriods());
    }

    /** The same form with one more empty closed period to fill in, for a schedule that already has some. */
    ScheduleForm withBlankClosedPeriod() {
        var periods = new ArrayList<>(closedPeriods.stream()
                .filter(p -> p.fromDate() != null || p.untilDate() != null)
                .toList());
        periods.add(new ClosedPeriod(null, null, ""));
        return new ScheduleForm(
                pattern, weekdays, everyOtherWeek, weekOfMonth, startTime, endTime, validFrom, validUntil, periods);
    }

    /**
     * The mistakes Bean Validation cannot see. A schedule with no date left from today on is refused: residents
     * would find an offering that never happens.
     */
    List<FormError> check(LocalDate today) {
        var errors = new ArrayList<FormError>();
        if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
            errors.add(new FormError("endTime", "schedule.endTime.notAfterStart"));
        }
        if (pattern != SchedulePattern.ONCE
                && validFrom != null
                && validUntil != null
                && validUntil.isBefore(validFrom)) {
            errors.add(new FormError("validUntil", "schedule.validUntil.beforeValidFrom"));
        }
        if (pattern == SchedulePattern.WEEKLY && weekdays.isEmpty()) {
            errors.add(new FormError("weekdays", "schedule.weekdays.required"));
        }
        if (pattern == SchedulePattern.MONTHLY && weekdays.size() != 1) {
            errors.add(new FormError("weekdays", "schedule.weekdays.exactlyOne"));
        }
        if (pattern == SchedulePattern.MONTHLY
                && (weekOfMonth == null || !ScheduleDetails.WEEKS_OF_MONTH.contains(weekOfMonth))) {
            errors.add(new FormError("weekOfMonth", "schedule.weekOfMonth.required"));
        }
        checkClosedPeriods(errors);
        if (errors.isEmpty()
                && complete()
                && toDetails().occurrences().datesFrom(today).findAny().isEmpty()) {
            errors.add(new FormError(lastDateField(), "schedule.noFutureDate"));
        }
        return errors;
    }

    /** Only for a form that {@link #check} and Bean Validation found no mistakes in. */
    ScheduleDetails toDetails() {
        var details = switch (pattern) {
            case WEEKLY ->
                ScheduleDetails.weekly(weekdays, everyOtherWeek() ? 2 : 1, startTime, endTime, validFrom, validUntil);
            case MONTHLY ->
                ScheduleDetails.monthly(
                        weekOfMonth, weekdays.iterator().next(), startTime, endTime, validFrom, validUntil);
            case ONCE -> ScheduleDetails.once(validFrom, startTime, endTime);
        };
        return details.closedOn(closedPeriods.stream()
                .filter(p -> p.fromDate() != null && p.untilDate() != null)
                .toArray(ClosedPeriod[]::new));
    }

    // The primary key of schedule_exception is (schedule_id, from_date), and two periods from one day mean a typo.
    private void checkClosedPeriods(List<FormError> errors) {
        var firstDays = new HashSet<LocalDate>();
        for (var i = 0; i < closedPeriods.size(); i++) {
            var period = closedPeriods.get(i);
            if (period.fromDate() == null ^ period.untilDate() == null) {
                var missing = period.fromDate() == null ? "fromDate" : "untilDate";
                errors.add(new FormError("closedPeriods[" + i + "]." + missing, "schedule.closedPeriod.incomplete"));
                continue;
            }
            if (period.fromDate() == null) {
                continue;
            }
            if (period.untilDate().isBefore(period.fromDate())) {
                errors.add(
                        new FormError("closedPeriods[" + i + "].untilDate", "schedule.closedPeriod.untilBeforeFrom"));
            }
            if (!firstDays.add(period.fromDate())) {
                errors.add(new FormError("closedPeriods[" + i + "].fromDate", "schedule.closedPeriod.sameFirstDay"));
            }
        }
    }

    private boolean complete() {
        return pattern != null
                && startTime != null
                && endTime != null
                && validFrom != null
                && closedPeriods.stream().allMatch(p -> (p.fromDate() == null) == (p.untilDate() == null));
    }

    // The field a provider most likely has to change: the end date, or the date itself.
    private String lastDateField() {
        return pattern != SchedulePattern.ONCE && validUntil != null ? "validUntil" : "validFrom";
    }
}
