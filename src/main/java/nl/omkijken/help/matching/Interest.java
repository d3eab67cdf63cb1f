package nl.omkijken.help.matching;

/** Something a resident and a buddy can do together. Its text is {@code help.match.interest.<NAME>}. */
public enum Interest {
    WALKING,
    COFFEE_AND_TALK,
    LANGUAGE_PRACTICE,
    SHOPPING,
    CYCLING,
    GAMES,
    CULTURE,
    COOKING,
    DIGITAL_HELP,
    GARDENING,
    MUSIC,
    OUTDOORS,
    READING,
    CRAFTS
}
