package nl.omkijken.catalog;

import java.util.UUID;

/** A location as a check box offers it. */
record LocationOption(UUID id, String name, String streetAddress) {

    static LocationOption of(Location location) {
        var details = location.details();
        return new LocationOption(location.id(), details.name(), details.streetAddress());
    }
}
