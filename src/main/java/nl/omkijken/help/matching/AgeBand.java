package nl.omkijken.help.matching;

/** Someone's age, as a band: an intake asks no birth date. */
public enum AgeBand {
    UNDER_18,
    FROM_18_TO_29,
    FROM_30_TO_49,
    FROM_50_TO_64,
    FROM_65_TO_79,
    FROM_80
}
