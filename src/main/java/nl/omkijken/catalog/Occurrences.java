package nl.omkijken.catalog;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Recur;

/**
 * Expands a schedule's stored rule into the days it takes place. The rule is expanded in floating local time and
 * only then placed in Europe/Amsterdam, so "every Tuesday 10:00" stays 10:00 on the clock in summer and winter.
 *
 * @param rrule the stored RFC 5545 rule, null for a single date
 */
record Occurrences(String rrule, ScheduleDetails schedule) {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    // How far "the next dates" look ahead, so that a rule closed for years on end still ends the search.
    private static final Period HORIZON = Period.ofYears(5);

    /** The days in [from, until) on which it takes place, leaving out the closed periods. */
    Stream<LocalDate> dates(LocalDate from, LocalDate until) {
        var first = from.isAfter(schedule.validFrom()) ? from : schedule.validFrom();
        if (!first.isBefore(until)) {
            return Stream.empty();
        }
        return ruleDates(first, until)
                .filter(date -> !date.isBefore(first) && date.isBefore(until))
                .filter(this::open);
    }

    /** The days from today on, nearest first, within a few years. */
    Stream<LocalDate> datesFrom(LocalDate today) {
        return dates(today, today.plus(HORIZON));
    }

    /**
     * The start on that day. A wall-clock time that does not exist, 02:30 on the last Sunday of March, moves forward
     * by the length of the gap to 03:30 summer time (what {@link ZonedDateTime#of} does); a time that happens twice,
     * 02:30 on the last Sunday of October, is the first of the two, still summer time.
     */
    ZonedDateTime start(LocalDate date) {
        return ZonedDateTime.of(date, schedule.startTime(), ZONE);
    }

    /**
     * The end on that day. When the clock jumps past both times, "02:30 to 03:30" would become 03:30 to 03:30; then
     * the activity keeps its usual length and ends at 04:30.
     */
    ZonedDateTime end(LocalDate date) {
        var start = start(date);
        var end = ZonedDateTime.of(date, schedule.endTime(), ZONE);
        return end.isAfter(start) ? end : start.plus(Duration.between(schedule.startTime(), schedule.endTime()));
    }

    /**
     * ical4j reads the UNTIL of the rule, so valid_until needs no second check. The seed is valid_from: the first
     * day counts from there, and so does the week that "every other week" starts with.
     */
    private Stream<LocalDate> ruleDates(LocalDate first, LocalDate until) {
        if (rrule == null) {
            return Stream.of(schedule.validFrom());
        }
        var seed = schedule.validFrom().atTime(schedule.startTime());
        return new Recur<LocalDateTime>(rrule)
                .getDatesAsStream(seed, first.atStartOfDay(), until.atStartOfDay(), -1)
                .map(LocalDateTime::toLocalDate);
    }

    private boolean open(LocalDate date) {
        return schedule.closedPeriods().stream().noneMatch(period -> period.covers(date));
    }
}
