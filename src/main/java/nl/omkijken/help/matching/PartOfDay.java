package nl.omkijken.help.matching;

/** A part of the day someone is free. Its text is {@code help.match.partOfDay.<NAME>}. */
public enum PartOfDay {
    MORNING,
    AFTERNOON,
    EVENING
}
