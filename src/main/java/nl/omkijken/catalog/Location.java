package nl.omkijken.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;
import nl.omkijken.area.Coordinates;
import nl.omkijken.area.NeighbourhoodSummary;

/** A meeting place or office where offerings happen, with the buurt it lies in and how accessible it is. */
@Entity
class Location {

    @Id
    private UUID id;

    private String municipalityCode;
    private UUID providerId;
    private String name;
    private String streetAddress;
    private String postcode;
    private String city;
    private double latitude;
    private double longitude;
    private String neighbourhoodCode;
    private String districtCode;
    private boolean wheelchairAccessible;
    private boolean hearingLoop;
    private boolean accessibleToilet;
    private String openingHours;

    @Version
    private long version;

    protected Location() {}

    Location(String municipalityCode, UUID providerId, LocationDetails details, NeighbourhoodSummary neighbourhood) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.providerId = providerId;
        change(details, neighbourhood);
    }

    /** The buurt comes from the coordinates, never from what the provider types. */
    void change(LocationDetails details, NeighbourhoodSummary neighbourhood) {
        this.name = details.name();
        this.streetAddress = details.streetAddress();
        this.postcode = details.postcode();
        this.city = details.city();
        this.latitude = details.coordinates().latitude();
        this.longitude = details.coordinates().longitude();
        this.wheelchairAccessible = details.wheelchairAccessible();
        this.hearingLoop = details.hearingLoop();
        this.accessibleToilet = details.accessibleToilet();
        this.openingHours = details.openingHours();
        this.neighbourhoodCode = neighbourhood == null ? null : neighbourhood.code();
        this.districtCode = neighbourhood == null ? null : neighbourhood.districtCode();
    }

    UUID id() {
        return id;
    }

    UUID providerId() {
        return providerId;
    }

    long version() {
        return version;
    }

    String districtCode() {
        return districtCode;
    }

    String neighbourhoodCode() {
        return neighbourhoodCode;
    }

    LocationDetails details() {
        return new LocationDetails(
                name,
                streetAddress,
                postcode,
                city,
                new Coordinates(latitude, longitude),
                wheelchairAccessible,
                hearingLoop,
                accessibleToilet,
                openingHours);
    }
}
