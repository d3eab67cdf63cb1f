package nl.omkijken.catalog;

/** One field of an offering that changed, for its history. */
record FieldChange(String field, String oldValue, String newValue) {}
