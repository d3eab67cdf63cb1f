package nl.omkijken.help.matching;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.omkijken.area.Coordinates;

/**
 * Made-up intakes that look like a buddy initiative's in Zwolle, the same for the same seed: 78 buurten within about
 * 5 km of the centre, mostly older residents who walk or need a visit at home, volunteers on bikes and in cars,
 * Dutch for most and Arabic, Turkish, Tigrinya, Ukrainian and more for some, free mostly on weekday mornings and
 * afternoons, and now and then a wish about gender or age.
 */
final class RandomProfiles {

    private static final String[] OTHER_LANGUAGES = {"en", "ar", "tr", "ti", "uk", "pl", "de", "so", "fa"};
    private static final double[] RESIDENT_SPEAKS = {0.12, 0.08, 0.05, 0.04, 0.04, 0.03, 0.04, 0.02, 0.03};
    private static final double[] VOLUNTEER_SPEAKS = {0.55, 0.05, 0.04, 0.02, 0.02, 0.02, 0.12, 0.01, 0.02};

    private final Random random;
    private final List<Coordinates> buurten;

    RandomProfiles(long seed) {
        this.random = new Random(seed);
        this.buurten = IntStream.range(0, 78)
                .mapToObj(i -> new Coordinates(
                        52.5125 + (random.nextDouble() - 0.5) * 0.09, 6.0944 + (random.nextDouble() - 0.5) * 0.15))
                .toList();
    }

    List<Profile> residents(int count) {
        return IntStream.range(0, count).mapToObj(i -> resident()).toList();
    }

    List<Profile> volunteers(int count) {
        return IntStream.range(0, count).mapToObj(i -> volunteer()).toList();
    }

    Profile resident() {
        var mobility = chance(0.3)
                ? Mobility.homeVisit()
                : chance(0.6)
                        ? new Mobility(Set.of(TravelMode.FOOT), 1 + random.nextInt(2))
                        : new Mobility(Set.of(TravelMode.BIKE, TravelMode.PUBLIC_TRANSPORT), 2 + random.nextInt(6));
        var ageBand = chance(0.7) ? pick(AgeBand.FROM_65_TO_79, AgeBand.FROM_80) : pick(AgeBand.values());
        var preferences = new Preferences(
                chance(0.25) ? Set.of(Gender.WOMAN) : chance(0.05) ? Set.of(Gender.MAN) : Set.of(),
                chance(0.1) ? Set.of(AgeBand.FROM_50_TO_64, AgeBand.FROM_65_TO_79, AgeBand.FROM_80) : Set.of());
        return profile(
                0.8, RESIDENT_SPEAKS, 2 + random.nextInt(6), 1 + random.nextInt(4), mobility, ageBand, preferences);
    }

    Profile volunteer() {
        var mobility = chance(0.6)
                ? new Mobility(Set.of(TravelMode.BIKE), 3 + random.nextInt(6))
                : chance(0.75)
                        ? new Mobility(Set.of(TravelMode.CAR, TravelMode.BIKE), 5 + random.nextInt(11))
                        : new Mobility(Set.of(TravelMode.FOOT), 1 + random.nextInt(3));
        var preferences = new Preferences(
                chance(0.1) ? Set.of(Gender.WOMAN) : Set.of(),
                chance(0.05) ? Set.of(AgeBand.FROM_65_TO_79, AgeBand.FROM_80) : Set.of());
        return profile(
                0.95,
                VOLUNTEER_SPEAKS,
                1 + random.nextInt(6),
                1 + random.nextInt(5),
                mobility,
                pick(AgeBand.values()),
                preferences);
    }

    private Profile profile(
            double speaksDutch,
            double[] speaksOther,
            int slots,
            int interests,
            Mobility mobility,
            AgeBand ageBand,
            Preferences preferences) {
        var languages = new HashSet<String>();
        if (chance(speaksDutch)) {
            languages.add("nl");
        }
        for (int i = 0; i < OTHER_LANGUAGES.length; i++) {
            if (chance(speaksOther[i])) {
                languages.add(OTHER_LANGUAGES[i]);
            }
        }
        if (languages.isEmpty()) {
            languages.add(pick(OTHER_LANGUAGES));
        }
        var gender = chance(0.02) ? null : chance(0.6) ? Gender.WOMAN : chance(0.97) ? Gender.MAN : Gender.OTHER;
        return new Profile(
                new UUID(random.nextLong(), random.nextLong()),
                buurten.get(random.nextInt(buurten.size())),
                languages,
                availability(slots),
                interests(interests),
                mobility,
                gender,
                chance(0.03) ? null : ageBand,
                preferences);
    }

    /** Mostly weekday mornings and afternoons, now and then an evening or a weekend. */
    private Set<Slot> availability(int count) {
        var slots = new HashSet<Slot>();
        while (slots.size() < count) {
            var weekend = chance(0.15);
            var day = DayOfWeek.of(weekend ? 6 + random.nextInt(2) : 1 + random.nextInt(5));
            var part = chance(0.15) ? PartOfDay.EVENING : pick(PartOfDay.MORNING, PartOfDay.AFTERNOON);
            slots.add(new Slot(day, part));
        }
        return slots;
    }

    private Set<Interest> interests(int count) {
        var interests = EnumSet.noneOf(Interest.class);
        while (interests.size() < count) {
            interests.add(pick(Interest.values()));
        }
        return interests;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
