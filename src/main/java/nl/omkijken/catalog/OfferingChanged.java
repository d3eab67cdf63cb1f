package nl.omkijken.catalog;

import java.util.UUID;

/**
 * Something about an offering changed that the public may see: its content, schedules, places, review state, status
 * or confirmation. Published after every such change; listeners look the offering up again.
 */
public record OfferingChanged(UUID offeringId) {}
