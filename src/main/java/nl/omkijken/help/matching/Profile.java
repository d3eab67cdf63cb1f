package nl.omkijken.help.matching;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.area.Coordinates;

/**
 * One side of a buddy intake, a resident's or a volunteer's: what matching needs to know and nothing more.
 *
 * @param id the intake's id; ties between equally good volunteers go to the lower id
 * @param location the centre of their buurt: an intake keeps no address
 * @param languages the languages they speak, as ISO 639-1 codes such as {@code nl} and {@code ar}
 * @param availability when they are free every week
 * @param mobility how they travel, and how far
 * @param gender their gender, {@code null} when they did not say
 * @param ageBand their age, {@code null} when they did not say
 * @param preferences what they want in a buddy
 */
public record Profile(
        UUID id,
        Coordinates location,
        Set<String> languages,
        Set<Slot> availability,
        Set<Interest> interests,
        Mobility mobility,
        Gender gender,
        AgeBand ageBand,
        Preferences preferences) {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(mobility, "mobility");
        Objects.requireNonNull(preferences, "preferences");
        languages = Set.copyOf(languages);
        availability = Set.copyOf(availability);
        interests = Set.copyOf(interests);
        for (var language : languages) {
            if (!ISO_639_1.contains(language)) {
                throw new IllegalArgumentException("Not an ISO 639-1 language code: " + language);
            }
        }
    }
}
