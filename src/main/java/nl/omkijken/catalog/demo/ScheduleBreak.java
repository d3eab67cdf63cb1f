package nl.omkijken.catalog.demo;

import java.time.LocalDate;

/** Dates on which a recurring schedule does not take place, such as a summer break. */
record ScheduleBreak(LocalDate from, LocalDate until, String reason) {}
