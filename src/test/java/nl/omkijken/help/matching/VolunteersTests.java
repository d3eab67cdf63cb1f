package nl.omkijken.help.matching;

import static java.time.DayOfWeek.TUESDAY;
import static nl.omkijken.help.matching.PartOfDay.EVENING;
import static nl.omkijken.help.matching.ProfileBuilder.profile;
import static nl.omkijken.help.matching.ProfileBuilder.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolunteersTests {

    private final Profile resident = profile().build();

    @Test
    void ranksTheClosestFirstAndLeavesOutWhoCannot() {
        var far = profile().id(1).kmNorth(4).build();
        var near = profile().id(2).kmNorth(1).build();
        var otherTime = profile().id(3).free(slot(TUESDAY, EVENING)).build();
        var sameBuurt = profile().id(4).build();

        var best = new Volunteers(List.of(far, near, otherTime, sameBuurt)).bestFor(resident, 10);

        assertThat(best).extracting(Suggestion::volunteerId).containsExactly(sameBuurt.id(), near.id(), far.id());
        assertThat(best).extracting(Suggestion::residentId).containsOnly(resident.id());
        assertThat(best.get(1).reasons()).startsWith(Reason.distance(1.0));
    }

    @Test
    void keepsOnlyAsManyAsAskedFor() {
        var volunteers = List.of(
                profile().id(1).kmNorth(3).build(),
                profile().id(2).kmNorth(1).build(),
                profile().id(3).kmNorth(2).build());

        assertThat(new Volunteers(volunteers).bestFor(resident, 2))
                .extracting(Suggestion::volunteerId)
                .containsExactly(volunteers.get(1).id(), volunteers.get(2).id());
    }

    @Test
    void ofEquallyGoodVolunteersTheLowerIdComesFirst() {
        var volunteers = List.of(
                profile().id(9).build(),
                profile().id(3).build(),
                profile().id(5).build());

        assertThat(new Volunteers(volunteers).bestFor(resident, 2))
                .extracting(Suggestion::volunteerId)
                .containsExactly(volunteers.get(1).id(), volunteers.get(2).id());
    }

    @Test
    void findsWhatScoringEveryPairAndSortingFinds() {
        var random = new RandomProfiles(7);
        var volunteers = random.volunteers(2_000);
        var ranking = new Volunteers(volunteers);

        for (var resident : random.residents(30)) {
            var expected = volunteers.stream()
                    .map(volunteer -> Scoring.fit(resident, volunteer))
                    .filter(Suggestion.class::isInstance)
                    .map(Suggestion.class::cast)
                    .sorted(Comparator.comparingInt(Suggestion::points)
                            .reversed()
                            .thenComparing(Suggestion::volunteerId))
                    .limit(25)
                    .toList();

            assertThat(ranking.bestFor(resident, 25)).isEqualTo(expected);
        }
    }

    @Test
    void findsNobodyAmongNoVolunteers() {
        assertThat(new Volunteers(List.of()).bestFor(resident, 10)).isEmpty();
    }

    @Test
    void refusesToFindFewerThanOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Volunteers(List.of()).bestFor(resident, 0));
    }
}
