package nl.omkijken.catalog;

/** Where an offering is in the editorial flow; only published offerings are public. */
public enum ReviewState {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    SENT_BACK,
    WITHDRAWN
}
