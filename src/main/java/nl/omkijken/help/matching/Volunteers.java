package nl.omkijken.help.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The volunteers a coordinator matches from, prepared once, to rank them for one resident after another. Thread-safe:
 * it changes nothing after it is made.
 */
public final class Volunteers {

    /** In order of id, so that the lower index wins a tie. */
    private final PreparedProfile[] prepared;

    public Volunteers(Collection<Profile> volunteers) {
        this.prepared = volunteers.stream()
                .map(PreparedProfile::new)
                .sorted(Comparator.comparing(PreparedProfile::id))
                .toArray(PreparedProfile[]::new);
    }

    /**
     * The volunteers who could be buddies with this resident, best first and at most {@code limit}, with their
     * reasons. Of equally good volunteers, the one with the lower id comes first.
     */
    public List<Suggestion> bestFor(Profile resident, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A limit of at least 1, not " + limit);
        }
        var preparedResident = new PreparedProfile(resident);
        var best = new Best(Math.min(limit, prepared.length));
        for (int i = 0; i < prepared.length; i++) {
            if (Scoring.obstacle(preparedResident, prepared[i]) == null) {
                best.offer(i, Scoring.points(preparedResident, prepared[i]));
            }
        }
        best.sortBestFirst();
        var suggestions = new ArrayList<Suggestion>(best.size());
        for (int rank = 0; rank < best.size(); rank++) {
            suggestions.add(Scoring.suggestion(preparedResident, prepared[best.index(rank)], best.points(rank)));
        }
        return suggestions;
    }
}
