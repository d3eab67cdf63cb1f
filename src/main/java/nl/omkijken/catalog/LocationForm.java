package nl.omkijken.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import nl.omkijken.area.Coordinates;

/**
 * A location as a provider fills it in. Coordinates are typed as text so that a Dutch decimal comma is fine; the
 * buurt follows from them.
 */
record LocationForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String streetAddress,

        @NotBlank @Pattern(regexp = "^\\s*[1-9][0-9]{3}\\s?[a-zA-Z]{2}\\s*$")
        String postcode,

        @NotBlank @Size(max = 100) String city,

        @NotBlank @Pattern(regexp = "^\\s*-?\\d{1,2}([.,]\\d{1,8})?\\s*$")
        String latitude,

        @NotBlank @Pattern(regexp = "^\\s*-?\\d{1,3}([.,]\\d{1,8})?\\s*$")
        String longitude,

        Boolean wheelchairAccessible,
        Boolean hearingLoop,
        Boolean accessibleToilet,
        @Size(max = 500) String openingHours,
        Long version) {

    LocationForm {
        wheelchairAccessible = Boolean.TRUE.equals(wheelchairAccessible);
        hearingLoop = Boolean.TRUE.equals(hearingLoop);
        accessibleToilet = Boolean.TRUE.equals(accessibleToilet);
    }

    static LocationForm empty(String city) {
        return new LocationForm("", "", "", city, "", "", false, false, false, "", 0L);
    }

    static LocationForm of(LocationDetails details, long version) {
        return new LocationForm(
                details.name(),
                details.streetAddress(),
                details.postcode(),
                details.city(),
                String.valueOf(details.coordinates().latitude()),
                String.valueOf(details.coordinates().longitude()),
                details.wheelchairAccessible(),
                details.hearingLoop(),
                details.accessibleToilet(),
                details.openingHours(),
                version);
    }

    /** Only for a form without mistakes. */
    LocationDetails details() {
        return new LocationDetails(
                name.strip(),
                streetAddress.strip(),
                normalisedPostcode(),
                city.strip(),
                coordinates(),
                wheelchairAccessible,
                hearingLoop,
                accessibleToilet,
                openingHours == null ? "" : openingHours.strip());
    }

    /** Null when the numbers do not make a point on earth. */
    Coordinates coordinates() {
        try {
            return new Coordinates(number(latitude), number(longitude));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** 8011ab, 8011 AB and 8011AB all become 8011 AB. */
    String normalisedPostcode() {
        var compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, 4) + " " + compact.substring(4);
    }

    long versionOrZero() {
        return version == null ? 0 : version;
    }

    private static double number(String text) {
        return Double.parseDouble(text.strip().replace(',', '.'));
    }
}
