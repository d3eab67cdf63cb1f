package nl.omkijken.help.matching;

/** Someone's gender, as they tell it at the intake. */
public enum Gender {
    WOMAN,
    MAN,
    OTHER
}
