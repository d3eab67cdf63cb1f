package nl.omkijken.catalog.demo;

import java.util.UUID;
import nl.omkijken.area.Coordinates;
import nl.omkijken.area.NeighbourhoodSummary;

/** A location as the demo loaders write it, with the buurt its coordinates lie in. */
record LocationRow(
        UUID id,
        UUID providerId,
        String name,
        String streetAddress,
        String postcode,
        String city,
        Coordinates coordinates,
        NeighbourhoodSummary neighbourhood,
        boolean wheelchairAccessible,
        boolean hearingLoop,
        boolean accessibleToilet,
        String openingHours) {}
