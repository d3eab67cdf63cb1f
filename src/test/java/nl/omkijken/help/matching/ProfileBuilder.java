package nl.omkijken.help.matching;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.area.Coordinates;

/** A profile for a test: Dutch-speaking, free on Monday morning, in the centre of Zwolle, cycling up to 5 km. */
final class ProfileBuilder {

    static final Coordinates ZWOLLE = new Coordinates(52.5125, 6.0944);
    /** How many degrees of latitude make one kilometre, on the sphere {@link Scoring} measures on. */
    static final double DEGREES_PER_KM = 180 / (Math.PI * 6371.0088);

    private UUID id = UUID.randomUUID();
    private Coordinates location = ZWOLLE;
    private Set<String> languages = Set.of("nl");
    private final Set<Slot> availability = new HashSet<>(Set.of(new Slot(DayOfWeek.MONDAY, PartOfDay.MORNING)));
    private Set<Interest> interests = Set.of();
    private Mobility mobility = new Mobility(Set.of(TravelMode.BIKE), 5);
    private Gender gender;
    private AgeBand ageBand;
    private Preferences preferences = Preferences.NONE;

    static ProfileBuilder profile() {
        return new ProfileBuilder();
    }

    ProfileBuilder id(long id) {
        this.id = new UUID(0, id);
        return this;
    }

    /** Due north of the centre of Zwolle. */
    ProfileBuilder kmNorth(double km) {
        this.location = new Coordinates(ZWOLLE.latitude() + km * DEGREES_PER_KM, ZWOLLE.longitude());
        return this;
    }

    ProfileBuilder speaks(String... languages) {
        this.languages = Set.of(languages);
        return this;
    }

    /** Free only at these parts of the week. */
    ProfileBuilder free(Slot... slots) {
        availability.clear();
        availability.addAll(Set.of(slots));
        return this;
    }

    ProfileBuilder likes(Interest... interests) {
        this.interests = Set.of(interests);
        return this;
    }

    ProfileBuilder travels(TravelMode mode, double maxKm) {
        this.mobility = new Mobility(Set.of(mode), maxKm);
        return this;
    }

    ProfileBuilder needsHomeVisit() {
        this.mobility = Mobility.homeVisit();
        return this;
    }

    ProfileBuilder is(Gender gender, AgeBand ageBand) {
        this.gender = gender;
        this.ageBand = ageBand;
        return this;
    }

    ProfileBuilder wantsGender(Gender... genders) {
        this.preferences = new Preferences(Set.of(genders), preferences.ageBands());
        return this;
    }

    ProfileBuilder wantsAge(AgeBand... ageBands) {
        this.preferences = new Preferences(preferences.genders(), Set.of(ageBands));
        return this;
    }

    Profile build() {
        return new Profile(id, location, languages, availability, interests, mobility, gender, ageBand, preferences);
    }

    static Slot slot(DayOfWeek day, PartOfDay partOfDay) {
        return new Slot(day, partOfDay);
    }
}
