package nl.omkijken.help.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a resident and a volunteer could be buddies, and how well they fit: a pure function of their two profiles.
 *
 * <p>A pair is not possible when they share no free part of a day, when a wish of either about the other's gender or
 * age band is not met, when they share no language, or when they cannot bridge the distance between their buurten:
 * the volunteer travels all the way to a resident who needs a visit at home, the resident all the way to such a
 * volunteer, and otherwise each can travel part of the way, so the distance may be up to both reaches together.
 *
 * <p>A possible pair gets points, more for a better fit:
 *
 * <ul>
 *   <li>closeness: {@value #DISTANCE_POINTS} in the same buurt, half as many for every {@value #HALVING_KM} km
 *       between the buurt centres (20 at 2 km, 10 at 4 km);
 *   <li>{@value #POINTS_PER_SLOT} for each part of the week both are free, counting at most
 *       {@value #SLOTS_COUNTED}: one shared moment makes a pair possible, a few more make it easier to keep going;
 *   <li>{@value #POINTS_PER_INTEREST} for each shared interest, counting at most {@value #INTERESTS_COUNTED}.
 * </ul>
 *
 * A shared language is required and adds nothing beyond that. A possible pair always has at least
 * {@value #POINTS_PER_SLOT} points; the most is 110.
 */
public final class Scoring {

    static final int DISTANCE_POINTS = 40;
    static final int HALVING_KM = 2;
    static final int POINTS_PER_SLOT = 5;
    static final int SLOTS_COUNTED = 6;
    static final int POINTS_PER_INTEREST = 10;
    static final int INTERESTS_COUNTED = 4;
    /** More shared slots than this are summed up by their number, with this many as examples. */
    static final int SLOTS_NAMED = 3;

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Scoring() {}

    public static Fit fit(Profile resident, Profile volunteer) {
        var preparedResident = new PreparedProfile(resident);
        var preparedVolunteer = new PreparedProfile(volunteer);
        var obstacle = obstacle(preparedResident, preparedVolunteer);
        return obstacle != null
                ? obstacle
                : suggestion(preparedResident, preparedVolunteer, points(preparedResident, preparedVolunteer));
    }

    /** The first obstacle between the two, or {@code null} when they could be buddies. Allocates nothing. */
    static Obstacle obstacle(PreparedProfile resident, PreparedProfile volunteer) {
        if ((resident.slots & volunteer.slots) == 0) {
            return Obstacle.NO_SHARED_TIME;
        }
        if (!resident.accepts(volunteer) || !volunteer.accepts(resident)) {
            return Obstacle.PREFERENCE_NOT_MET;
        }
        if (!resident.sharesLanguageWith(volunteer)) {
            return Obstacle.NO_SHARED_LANGUAGE;
        }
        if ((resident.needsHomeVisit && volunteer.needsHomeVisit)
                || distanceKm(resident, volunteer) > resident.reachKm + volunteer.reachKm) {
            return Obstacle.TOO_FAR;
        }
        return null;
    }

    /** The points of a pair without obstacles. Allocates nothing. */
    static int points(PreparedProfile resident, PreparedProfile volunteer) {
        var closeness = DISTANCE_POINTS * Math.pow(0.5, distanceKm(resident, volunteer) / HALVING_KM);
        var slots = Math.min(Integer.bitCount(resident.slots & volunteer.slots), SLOTS_COUNTED);
        var interests = Math.min(Long.bitCount(resident.interests & volunteer.interests), INTERESTS_COUNTED);
        return (int) Math.round(closeness) + POINTS_PER_SLOT * slots + POINTS_PER_INTEREST * interests;
    }

    static Suggestion suggestion(PreparedProfile resident, PreparedProfile volunteer, int points) {
        return new Suggestion(resident.id(), volunteer.id(), points, reasons(resident, volunteer));
    }

    private static List<Reason> reasons(PreparedProfile resident, PreparedProfile volunteer) {
        var reasons = new ArrayList<Reason>();
        var km = distanceKm(resident, volunteer);
        reasons.add(km == 0 ? Reason.sameNeighbourhood() : Reason.distance(Math.round(km * 10) / 10.0));
        if (resident.needsHomeVisit) {
            reasons.add(Reason.homeVisit());
        }
        reasons.add(Reason.languages(resident.sharedLanguages(volunteer)));
        var slots = new ArrayList<Slot>();
        for (int both = resident.slots & volunteer.slots; both != 0; both &= both - 1) {
            slots.add(Slot.ofIndex(Integer.numberOfTrailingZeros(both)));
        }
        reasons.add(
                slots.size() <= SLOTS_NAMED
                        ? Reason.slots(slots)
                        : Reason.manySlots(slots.size(), slots.subList(0, SLOTS_NAMED)));
        var interests = new ArrayList<Interest>();
        for (long both = resident.interests & volunteer.interests; both != 0; both &= both - 1) {
            interests.add(Interest.values()[Long.numberOfTrailingZeros(both)]);
        }
        if (!interests.isEmpty()) {
            reasons.add(Reason.interests(interests));
        }
        return reasons;
    }

    /** Great-circle distance between the two buurt centres (haversine). */
    static double distanceKm(PreparedProfile a, PreparedProfile b) {
        var sinLatitude = Math.sin((b.latitude - a.latitude) / 2);
        var sinLongitude = Math.sin((b.longitude - a.longitude) / 2);
        var h = sinLatitude * sinLatitude + a.cosLatitude * b.cosLatitude * sinLongitude * sinLongitude;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
