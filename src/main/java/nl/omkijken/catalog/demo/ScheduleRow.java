package nl.omkijken.catalog.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * When an offering takes place, in the plain fields a provider fills in, and the RFC 5545 rule that follows from
 * them. Monthly schedules have one weekday; once-only ones have no rule.
 *
 * @param weekOfMonth 1 to 4, or -1 for the last, only for monthly schedules
 */
record ScheduleRow(
        UUID id,
        UUID locationId,
        String pattern,
        String weekdays,
        int weekInterval,
        Integer weekOfMonth,
        LocalTime startTime,
        LocalTime endTime,
        LocalDate validFrom,
        LocalDate validUntil,
        List<ScheduleBreak> breaks) {

    static final String WEEKLY = "WEEKLY";
    static final String MONTHLY = "MONTHLY";
    static final String ONCE = "ONCE";

    ScheduleRow {
        if (!List.of(WEEKLY, MONTHLY, ONCE).contains(pattern)) {
            throw new IllegalArgumentException("Unknown schedule pattern " + pattern);
        }
        if (MONTHLY.equals(pattern) && (weekOfMonth == null || weekdays.contains(","))) {
            throw new IllegalArgumentException("A monthly schedule needs one weekday and a week of the month");
        }
        if (!endTime.isAfter(startTime)) {
            throw new IllegalArgumentException("Ends before it starts: " + startTime + "-" + endTime);
        }
        breaks = List.copyOf(breaks);
    }

    /** E.g. {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=TH} or {@code FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630T235959}. */
    String rrule() {
        if (ONCE.equals(pattern)) {
            return null;
        }
        var rule = new StringBuilder("FREQ=").append(pattern);
        if (WEEKLY.equals(pattern) && weekInterval > 1) {
            rule.append(";INTERVAL=").append(weekInterval);
        }
        rule.append(";BYDAY=");
        if (MONTHLY.equals(pattern)) {
            rule.append(weekOfMonth);
        }
        rule.append(weekdays);
        if (validUntil != null) {
            rule.append(";UNTIL=")
                    .append(DateTimeFormatter.BASIC_ISO_DATE.format(validUntil))
                    .append("T235959");
        }
        return rule.toString();
    }
}
