package nl.omkijken.catalog.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The short way the demo files write schedules: one or more separated by {@code |}, each like
 * {@code WEEKLY TU,TH 10:00-12:00}, {@code WEEKLY TH 19:00-21:00 every=2}, {@code MONTHLY -1FR 14:00-16:00} or
 * {@code ONCE +24 13:00-16:00}, optionally followed by {@code from=}, {@code until=} (dates as in
 * {@link DemoCalendar#date}) and {@code at=} (a location key; the offering's first location otherwise).
 */
final class DemoScheduleNotation {

    private static final Pattern WEEK_OF_MONTH = Pattern.compile("(-1|[1-4])([A-Z]{2})");
    private static final Pattern WEEKDAYS = Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*");

    private DemoScheduleNotation() {}

    static List<ScheduleRow> parse(
            String notation,
            String idPrefix,
            UUID defaultLocation,
            Function<String, UUID> locations,
            DemoCalendar calendar,
            boolean summerBreak) {
        var schedules = new ArrayList<ScheduleRow>();
        var parts = notation.isBlank() ? new String[0] : notation.split("\\|");
        for (var i = 0; i < parts.length; i++) {
            var id = UUID.nameUUIDFromBytes((idPrefix + ":schedule:" + i).getBytes());
            schedules.add(one(parts[i].strip(), id, defaultLocation, locations, calendar, summerBreak));
        }
        return schedules;
    }

    private static ScheduleRow one(
            String text,
            UUID id,
            UUID defaultLocation,
            Function<String, UUID> locations,
            DemoCalendar calendar,
            boolean summerBreak) {
        var tokens = text.split("\\s+");
        if (tokens.length < 3) {
            throw new IllegalArgumentException("Schedule needs a pattern, days and times: " + text);
        }
        var options = new HashMap<String, String>();
        for (var i = 3; i < tokens.length; i++) {
            var option = tokens[i].split("=", 2);
            options.put(option[0], option[1]);
        }
        var times = tokens[2].split("-");
        var start = LocalTime.parse(times[0]);
        var end = LocalTime.parse(times[1]);
        var location = options.containsKey("at") ? locations.apply(options.get("at")) : defaultLocation;
        var breaks = summerBreak ? List.of(calendar.summerBreak()) : List.<ScheduleBreak>of();
        return switch (tokens[0]) {
            case ScheduleRow.ONCE -> {
                var day = calendar.date(tokens[1]);
                yield new ScheduleRow(id, location, ScheduleRow.ONCE, "", 1, null, start, end, day, day, List.of());
            }
            case ScheduleRow.MONTHLY -> {
                var matcher = WEEK_OF_MONTH.matcher(tokens[1]);
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("Monthly needs a day like 1SA or -1FR: " + text);
                }
                yield new ScheduleRow(
                        id,
                        location,
                        ScheduleRow.MONTHLY,
                        weekdays(matcher.group(2), text),
                        1,
                        Integer.valueOf(matcher.group(1)),
                        start,
                        end,
                        from(options, calendar),
                        until(options, calendar),
                        breaks);
            }
            case ScheduleRow.WEEKLY ->
                new ScheduleRow(
                        id,
                        location,
                        ScheduleRow.WEEKLY,
                        weekdays(tokens[1], text),
                        Integer.parseInt(options.getOrDefault("every", "1")),
                        null,
                        start,
                        end,
                        from(options, calendar),
                        until(options, calendar),
                        breaks);
            default -> throw new IllegalArgumentException("Unknown schedule pattern: " + text);
        };
    }

    private static String weekdays(String days, String text) {
        if (!WEEKDAYS.matcher(days).matches()) {
            throw new IllegalArgumentException("Weekdays must be like TU,TH: " + text);
        }
        return days;
    }

    private static LocalDate from(Map<String, String> options, DemoCalendar calendar) {
        return options.containsKey("from") ? calendar.date(options.get("from")) : calendar.seasonStart();
    }

    private static LocalDate until(Map<String, String> options, DemoCalendar calendar) {
        return options.containsKey("until") ? calendar.date(options.get("until")) : null;
    }
}
