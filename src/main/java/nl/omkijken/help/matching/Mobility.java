package nl.omkijken.help.matching;

import java.util.Set;

/**
 * How someone can travel to meet their buddy, and how far. Without any way to travel, they need a visit at home.
 *
 * @param modes how they can travel; empty when their buddy has to come to them
 * @param maxDistanceKm how far they will travel, 0 for someone who needs a visit at home
 */
public record Mobility(Set<TravelMode> modes, double maxDistanceKm) {

    public Mobility {
        modes = Set.copyOf(modes);
        if (!(maxDistanceKm >= 0) || Double.isInfinite(maxDistanceKm)) {
            throw new IllegalArgumentException("Not a distance: " + maxDistanceKm);
        }
        if (modes.isEmpty() && maxDistanceKm > 0) {
            throw new IllegalArgumentException("Someone who needs a visit at home travels 0 km, not " + maxDistanceKm);
        }
    }

    public static Mobility homeVisit() {
        return new Mobility(Set.of(), 0);
    }

    public boolean needsHomeVisit() {
        return modes.isEmpty();
    }
}
