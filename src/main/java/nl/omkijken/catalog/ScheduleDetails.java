package nl.omkijken.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When an offering takes place, as the provider chose it. The RFC 5545 rule is derived from these fields, so it can
 * never say something the provider could not have said.
 *
 * @param weekdays empty for ONCE, exactly one for MONTHLY
 * @param weekInterval 1 for every week, 2 for every other week, counted from the week of {@code validFrom}
 * @param weekOfMonth 1 to 4, or -1 for the last; MONTHLY only
 * @param startTime wall-clock time in Europe/Amsterdam, as is {@code endTime}
 * @param validFrom the first day it may take place; for ONCE the day itself
 * @param validUntil the last day it may take place, null when open-ended; always null for ONCE
 */
record ScheduleDetails(
        SchedulePattern pattern,
        Set<DayOfWeek> weekdays,
        int weekInterval,
        Integer weekOfMonth,
        LocalTime startTime,
        LocalTime endTime,
        LocalDate validFrom,
        LocalDate validUntil,
        List<ClosedPeriod> closedPeriods) {

    static final Set<Integer> WEEKS_OF_MONTH = Set.of(1, 2, 3, 4, -1);

    // Floating local time: the rule lives in Europe/Amsterdam wall-clock time, like the start and end times.
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("uuuuMMdd'T235959'");

    /** Refuses what the form should have caught, so a broken rule never reaches the database. */
    ScheduleDetails {
        Objects.requireNonNull(pattern, "pattern");
        // A single date may be stored with itself as its last day; it means the same as no last day.
        if (pattern == SchedulePattern.ONCE && validFrom != null && validFrom.equals(validUntil)) {
            validUntil = null;
        }
        weekdays = ordered(weekdays);
        closedPeriods = closedPeriods.stream()
                .sorted(Comparator.comparing(ClosedPeriod::fromDate))
                .toList();
        require(endTime.isAfter(startTime), "ends before it starts");
        require(validUntil == null || !validUntil.isBefore(validFrom), "valid until before valid from");
        switch (pattern) {
            case WEEKLY ->
                require(
                        !weekdays.isEmpty() && (weekInterval == 1 || weekInterval == 2) && weekOfMonth == null,
                        "weekly");
            case MONTHLY ->
                require(
                        weekdays.size() == 1
                                && weekInterval == 1
                                && weekOfMonth != null
                                && WEEKS_OF_MONTH.contains(weekOfMonth),
                        "monthly");
            case ONCE ->
                require(weekdays.isEmpty() && weekInterval == 1 && weekOfMonth == null && validUntil == null, "once");
        }
    }

    static ScheduleDetails weekly(
            Set<DayOfWeek> days, int weekInterval, LocalTime start, LocalTime end, LocalDate from, LocalDate until) {
        return new ScheduleDetails(
                SchedulePattern.WEEKLY, days, weekInterval, null, start, end, from, until, List.of());
    }

    static ScheduleDetails monthly(
            int weekOfMonth, DayOfWeek day, LocalTime start, LocalTime end, LocalDate from, LocalDate until) {
        return new ScheduleDetails(
                SchedulePattern.MONTHLY, Set.of(day), 1, weekOfMonth, start, end, from, until, List.of());
    }

    static ScheduleDetails once(LocalDate date, LocalTime start, LocalTime end) {
        return new ScheduleDetails(SchedulePattern.ONCE, Set.of(), 1, null, start, end, date, null, List.of());
    }

    ScheduleDetails closedOn(ClosedPeriod... periods) {
        return new ScheduleDetails(
                pattern,
                weekdays,
                weekInterval,
                weekOfMonth,
                startTime,
                endTime,
                validFrom,
                validUntil,
                List.of(periods));
    }

    /** The RFC 5545 RRULE value, or null for a single date. */
    String rrule() {
        var rule = switch (pattern) {
            case ONCE -> null;
            case WEEKLY -> "FREQ=WEEKLY;" + (weekInterval == 2 ? "INTERVAL=2;" : "") + "BYDAY=" + weekdayCodes();
            case MONTHLY -> "FREQ=MONTHLY;BYDAY=" + weekOfMonth + weekdayCodes();
        };
        return rule == null || validUntil == null ? rule : rule + ";UNTIL=" + UNTIL.format(validUntil);
    }

    Occurrences occurrences() {
        return new Occurrences(rrule(), this);
    }

    /** RFC 5545 two-letter codes in week order, e.g. {@code TU,TH}. */
    String weekdayCodes() {
        return weekdays.stream().map(ScheduleDetails::code).collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> weekdays(String codes) {
        return Arrays.stream(codes.split(","))
                .filter(code -> !code.isBlank())
                .map(code -> Arrays.stream(DayOfWeek.values())
                        .filter(day -> code(day).equals(code.strip()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Not a weekday code: " + code)))
                .collect(Collectors.toSet());
    }

    static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static Set<DayOfWeek> ordered(Set<DayOfWeek> days) {
        var ordered = EnumSet.noneOf(DayOfWeek.class);
        ordered.addAll(days);
        return Collections.unmodifiableSet(ordered);
    }

    private static void require(boolean valid, String what) {
        if (!valid) {
            throw new IllegalArgumentException("Not a valid schedule: " + what);
        }
    }
}
