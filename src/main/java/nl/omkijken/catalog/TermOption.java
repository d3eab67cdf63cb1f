package nl.omkijken.catalog;

import java.util.UUID;

/** A theme or target group as a check box offers it. */
public record TermOption(UUID id, String code, String label) {}
