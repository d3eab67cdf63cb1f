package nl.omkijken.help;

/** The answer to "Is het gelukt?"; its text is {@code help.outcome.answer.<NAME>}. */
public enum Outcome {
    YES,
    PARTLY,
    NO
}
