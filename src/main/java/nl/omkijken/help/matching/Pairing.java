package nl.omkijken.help.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.List;

/**
 * The best pairing of a waiting list: of all ways to pair residents with volunteers, everyone in one pair at most, the
 * one with the most points in total ({@link Scoring}), never a pair with an obstacle. Residents and volunteers may stay
 * unpaired, and there may be more of one than of the other. A pairing is a suggestion for a coordinator; nothing is
 * saved.
 *
 * <p>Solved exactly as a minimum-cost flow by Google OR-Tools (cost-scaling push-relabel, in C++): from a source to
 * every resident, from each resident to each volunteer they could pair with at minus the pair's points, from every
 * volunteer to a sink, each with capacity 1, and straight from the source to the sink at no cost for whoever stays
 * unpaired. OR-Tools pairs 2,000 residents with 2,000 volunteers, scoring included, in under 2 seconds on two shared
 * cores ({@code bench/matching}), well within the 5 aimed at. The pure-Java alternative, JGraphT 1.5.3's
 * {@code KuhnMunkresMinimalWeightBipartitePerfectMatching}, took 69 seconds for the same size, plus 61 to build its
 * graph of 4 million edges: O(n³) on a square matrix. The native library is loaded on first use; only the one for
 * linux-x86-64 is packaged (see pom.xml).
 */
public final class Pairing {

    private Pairing() {}

    /** The best pairing, in the order of the residents. */
    public static List<Suggestion> best(List<Profile> residents, List<Profile> volunteers) {
        var preparedResidents = residents.stream().map(PreparedProfile::new).toList();
        var preparedVolunteers = volunteers.stream().map(PreparedProfile::new).toList();
        int pairs = Math.min(residents.size(), volunteers.size());
        if (pairs == 0) {
            return List.of();
        }
        Loader.loadNativeLibraries();
        int source = residents.size() + volunteers.size();
        int sink = source + 1;
        var flow = new MinCostFlow();
        try {
            var possible = addPossiblePairs(flow, preparedResidents, preparedVolunteers);
            if (possible == 0) {
                return List.of();
            }
            for (int r = 0; r < residents.size(); r++) {
                flow.addArcWithCapacityAndUnitCost(source, r, 1, 0);
            }
            for (int v = 0; v < volunteers.size(); v++) {
                flow.addArcWithCapacityAndUnitCost(residents.size() + v, sink, 1, 0);
            }
            flow.addArcWithCapacityAndUnitCost(source, sink, pairs, 0);
            flow.setNodeSupply(source, pairs);
            flow.setNodeSupply(sink, -pairs);
            var status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("The pairing was not solved: " + status);
            }
            return chosen(flow, possible, preparedResidents, preparedVolunteers);
        } finally {
            flow.delete();
        }
    }

    /** Adds an arc for every pair without obstacles, as arcs 0 up to the number returned. */
    private static int addPossiblePairs(
            MinCostFlow flow, List<PreparedProfile> residents, List<PreparedProfile> volunteers) {
        int arcs = 0;
        for (int r = 0; r < residents.size(); r++) {
            var resident = residents.get(r);
            for (int v = 0; v < volunteers.size(); v++) {
                var volunteer = volunteers.get(v);
                if (Scoring.obstacle(resident, volunteer) == null) {
                    flow.addArcWithCapacityAndUnitCost(
                            r, residents.size() + v, 1, -Scoring.points(resident, volunteer));
                    arcs++;
                }
            }
        }
        return arcs;
    }

    /** The pairs the flow goes through; their arcs were added in the order of the residents. */
    private static List<Suggestion> chosen(
            MinCostFlow flow, int pairArcs, List<PreparedProfile> residents, List<PreparedProfile> volunteers) {
        var chosen = new ArrayList<Suggestion>();
        for (int arc = 0; arc < pairArcs; arc++) {
            if (flow.getFlow(arc) > 0) {
                var resident = residents.get(flow.getTail(arc));
                var volunteer = volunteers.get(flow.getHead(arc) - residents.size());
                chosen.add(Scoring.suggestion(resident, volunteer, (int) -flow.getUnitCost(arc)));
            }
        }
        return chosen;
    }
}
