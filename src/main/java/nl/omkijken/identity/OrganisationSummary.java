package nl.omkijken.identity;

import java.util.UUID;

/** An organisation as other modules see it. */
public record OrganisationSummary(UUID id, String name) {}
