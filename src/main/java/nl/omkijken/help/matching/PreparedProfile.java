package nl.omkijken.help.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A profile as bit masks and radians, so that comparing two of them allocates nothing. */
final class PreparedProfile {

    /** One bit for every two-letter code, aa to zz. */
    private static final int LANGUAGE_WORDS = (26 * 26 + 63) / 64;

    final Profile profile;
    final int slots;
    final long interests;
    final long[] languages = new long[LANGUAGE_WORDS];
    final int gender;
    final int ageBand;
    final int acceptedGenders;
    final int acceptedAgeBands;
    final double latitude;
    final double longitude;
    final double cosLatitude;
    final double reachKm;
    final boolean needsHomeVisit;

    PreparedProfile(Profile profile) {
        this.profile = profile;
        var slotBits = 0;
        for (var slot : profile.availability()) {
            slotBits |= 1 << slot.index();
        }
        this.slots = slotBits;
        this.interests = bits(profile.interests());
        for (var language : profile.languages()) {
            var bit = languageBit(language);
            languages[bit >>> 6] |= 1L << bit;
        }
        this.gender = profile.gender() == null ? 0 : 1 << profile.gender().ordinal();
        this.ageBand = profile.ageBand() == null ? 0 : 1 << profile.ageBand().ordinal();
        this.acceptedGenders = (int) bits(profile.preferences().genders());
        this.acceptedAgeBands = (int) bits(profile.preferences().ageBands());
        this.latitude = Math.toRadians(profile.location().latitude());
        this.longitude = Math.toRadians(profile.location().longitude());
        this.cosLatitude = Math.cos(latitude);
        this.needsHomeVisit = profile.mobility().needsHomeVisit();
        this.reachKm = profile.mobility().maxDistanceKm();
    }

    UUID id() {
        return profile.id();
    }

    /** Whether the other meets this one's wishes about gender and age. */
    boolean accepts(PreparedProfile other) {
        return (acceptedGenders == 0 || (acceptedGenders & other.gender) != 0)
                && (acceptedAgeBands == 0 || (acceptedAgeBands & other.ageBand) != 0);
    }

    boolean sharesLanguageWith(PreparedProfile other) {
        for (int i = 0; i < LANGUAGE_WORDS; i++) {
            if ((languages[i] & other.languages[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The languages both speak, in the order of their codes. */
    List<Locale> sharedLanguages(PreparedProfile other) {
        var shared = new ArrayList<Locale>();
        for (int i = 0; i < LANGUAGE_WORDS; i++) {
            for (long both = languages[i] & other.languages[i]; both != 0; both &= both - 1) {
                var bit = i * 64 + Long.numberOfTrailingZeros(both);
                shared.add(Locale.forLanguageTag("" + (char) ('a' + bit / 26) + (char) ('a' + bit % 26)));
            }
        }
        return shared;
    }

    private static int languageBit(String code) {
        return (code.charAt(0) - 'a') * 26 + (code.charAt(1) - 'a');
    }

    private static long bits(Collection<? extends Enum<?>> values) {
        long bits = 0;
        for (var value : values) {
            bits |= 1L << value.ordinal();
        }
        return bits;
    }
}
