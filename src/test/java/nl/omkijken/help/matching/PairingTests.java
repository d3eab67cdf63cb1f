package nl.omkijken.help.matching;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static nl.omkijken.help.matching.Interest.COOKING;
import static nl.omkijken.help.matching.Interest.MUSIC;
import static nl.omkijken.help.matching.Interest.WALKING;
import static nl.omkijken.help.matching.PartOfDay.MORNING;
import static nl.omkijken.help.matching.ProfileBuilder.profile;
import static nl.omkijken.help.matching.ProfileBuilder.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class PairingTests {

    private final Slot monday = slot(MONDAY, MORNING);
    private final Slot tuesday = slot(TUESDAY, MORNING);

    @Test
    void beatsTakingTheBestPairFirst() {
        var anna =
                profile().free(monday, tuesday).likes(WALKING, COOKING, MUSIC).build();
        var bram = profile().free(tuesday).likes(WALKING).build();
        var xena =
                profile().free(monday, tuesday).likes(WALKING, COOKING, MUSIC).build();
        var yusuf = profile().free(monday).likes(WALKING, COOKING).build();
        var residents = List.of(anna, bram);
        var volunteers = List.of(xena, yusuf);

        var greedy = greedy(residents, volunteers);
        var best = Pairing.best(residents, volunteers);

        assertThat(greedy)
                .extracting(Suggestion::points)
                .as("Anna with Xena, then nobody for Bram")
                .containsExactly(80);
        assertThat(best)
                .extracting(Suggestion::residentId, Suggestion::volunteerId, Suggestion::points)
                .containsExactly(tuple(anna, yusuf, 65), tuple(bram, xena, 55));
        assertThat(total(best)).isGreaterThan(total(greedy));
    }

    @Test
    void neverPairsWithAnObstacleNorAnyoneTwice() {
        var random = new RandomProfiles(11);
        var residents = random.residents(60);
        var volunteers = random.volunteers(45);

        var best = Pairing.best(residents, volunteers);

        assertThat(best).isNotEmpty();
        assertThat(best).extracting(Suggestion::residentId).doesNotHaveDuplicates();
        assertThat(best).extracting(Suggestion::volunteerId).doesNotHaveDuplicates();
        for (var pair : best) {
            var resident = find(residents, pair.residentId());
            var volunteer = find(volunteers, pair.volunteerId());
            assertThat(Scoring.fit(resident, volunteer)).isEqualTo(pair);
        }
    }

    @Test
    void pairsAsManyAsTheSmallerSideAllows() {
        var residents = List.of(profile().build(), profile().build(), profile().build());
        var volunteer = List.of(profile().build());

        assertThat(Pairing.best(residents, volunteer)).hasSize(1);
        assertThat(Pairing.best(volunteer, residents)).hasSize(1);
    }

    @Test
    void pairsNobodyFromAnEmptyList() {
        assertThat(Pairing.best(List.of(), List.of(profile().build()))).isEmpty();
        assertThat(Pairing.best(List.of(profile().build()), List.of())).isEmpty();
    }

    @Test
    void pairsNobodyWhenNoPairIsPossible() {
        var residents =
                List.of(profile().speaks("ar").build(), profile().speaks("ti").build());
        var volunteers =
                List.of(profile().speaks("nl").build(), profile().free(tuesday).build());

        assertThat(Pairing.best(residents, volunteers)).isEmpty();
    }

    @Test
    void findsTheHighestTotalThatTryingEveryPairingFinds() {
        var possiblePairs = 0;
        for (long seed = 1; seed <= 40; seed++) {
            var random = new RandomProfiles(seed);
            var residents = random.residents(7);
            var volunteers = random.volunteers(6);
            var points = new int[7][6];
            for (int r = 0; r < 7; r++) {
                for (int v = 0; v < 6; v++) {
                    points[r][v] =
                            Scoring.fit(residents.get(r), volunteers.get(v)) instanceof Suggestion s ? s.points() : -1;
                    possiblePairs += points[r][v] > 0 ? 1 : 0;
                }
            }

            assertThat(total(Pairing.best(residents, volunteers)))
                    .as("seed %d", seed)
                    .isEqualTo(bestTotal(points, 0, 0));
        }
        assertThat(possiblePairs)
                .as("enough possible pairs to make the cases differ")
                .isGreaterThan(40 * 42 / 4);
    }

    /** The highest total of residents {@code r} and on, with the volunteers in {@code taken} already paired. */
    private static int bestTotal(int[][] points, int r, int taken) {
        if (r == points.length) {
            return 0;
        }
        var best = bestTotal(points, r + 1, taken);
        for (int v = 0; v < points[r].length; v++) {
            if (points[r][v] > 0 && (taken & (1 << v)) == 0) {
                best = Math.max(best, points[r][v] + bestTotal(points, r + 1, taken | (1 << v)));
            }
        }
        return best;
    }

    /** What a coordinator would do by hand: the best remaining pair first, again and again. */
    private static List<Suggestion> greedy(List<Profile> residents, List<Profile> volunteers) {
        var possible = new ArrayList<Suggestion>();
        for (var resident : residents) {
            for (var volunteer : volunteers) {
                if (Scoring.fit(resident, volunteer) instanceof Suggestion suggestion) {
                    possible.add(suggestion);
                }
            }
        }
        possible.sort(Comparator.comparingInt(Suggestion::points).reversed());
        var paired = new HashSet<>();
        var chosen = new ArrayList<Suggestion>();
        for (var pair : possible) {
            if (!paired.contains(pair.residentId()) && !paired.contains(pair.volunteerId())) {
                paired.add(pair.residentId());
                paired.add(pair.volunteerId());
                chosen.add(pair);
            }
        }
        return chosen;
    }

    private static int total(List<Suggestion> pairs) {
        return pairs.stream().mapToInt(Suggestion::points).sum();
    }

    private static Tuple tuple(Profile resident, Profile volunteer, int points) {
        return Tuple.tuple(resident.id(), volunteer.id(), points);
    }

    private static Profile find(List<Profile> profiles, UUID id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
