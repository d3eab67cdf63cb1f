package nl.omkijken.catalog;

/** How often a schedule repeats: the choices a provider has, each mapped to one shape of RFC 5545 rule. */
public enum SchedulePattern {
    WEEKLY,
    MONTHLY,
    ONCE
}
