package nl.omkijken.help;

/** How often the help is wanted or offered. Its text is {@code help.post.frequency.<NAME>}. */
public enum Frequency {
    ONCE,
    WEEKLY,
    EVERY_TWO_WEEKS,
    MONTHLY,
    NOW_AND_THEN
}
