package nl.omkijken.catalog;

import nl.omkijken.area.Coordinates;

/** A location as the provider describes it. */
record LocationDetails(
        String name,
        String streetAddress,
        String postcode,
        String city,
        Coordinates coordinates,
        boolean wheelchairAccessible,
        boolean hearingLoop,
        boolean accessibleToilet,
        String openingHours) {}
