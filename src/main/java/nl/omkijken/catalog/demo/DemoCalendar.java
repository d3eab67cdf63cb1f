package nl.omkijken.catalog.demo;

import java.time.LocalDate;

/** Dates in the demo files count from the day they are loaded, so that a new demo always looks current. */
record DemoCalendar(LocalDate today) {

    /** The first of September of the running season, when most recurring activities (re)started. */
    LocalDate seasonStart() {
        var year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(year, 9, 1);
    }

    /** The coming summer break, or the one under way. */
    ScheduleBreak summerBreak() {
        var year = today.isAfter(LocalDate.of(today.getYear(), 8, 23)) ? today.getYear() + 1 : today.getYear();
        return new ScheduleBreak(LocalDate.of(year, 7, 12), LocalDate.of(year, 8, 23), "Zomerstop");
    }

    /** {@code +24} is 24 days from today, {@code -10} ten days ago; anything else is an ISO date. */
    LocalDate date(String text) {
        if (text.startsWith("+") || text.startsWith("-")) {
            return today.plusDays(Long.parseLong(text));
        }
        return LocalDate.parse(text);
    }
}
