package nl.omkijken.catalog;

/** The managed lists an offering is tagged with. */
public enum Vocabulary {
    THEME,
    TARGET_GROUP
}
