package nl.omkijken.help.matching;

import java.util.List;
import java.util.UUID;

/**
 * A resident and a volunteer who could be buddies, how well they fit, and why. A coordinator decides; a suggestion
 * is never a match by itself.
 */
public record Suggestion(UUID residentId, UUID volunteerId, int points, List<Reason> reasons) implements Fit {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
