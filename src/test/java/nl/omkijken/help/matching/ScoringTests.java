package nl.omkijken.help.matching;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static nl.omkijken.help.matching.Interest.COOKING;
import static nl.omkijken.help.matching.Interest.CYCLING;
import static nl.omkijken.help.matching.Interest.GAMES;
import static nl.omkijken.help.matching.Interest.MUSIC;
import static nl.omkijken.help.matching.Interest.READING;
import static nl.omkijken.help.matching.Interest.WALKING;
import static nl.omkijken.help.matching.PartOfDay.AFTERNOON;
import static nl.omkijken.help.matching.PartOfDay.EVENING;
import static nl.omkijken.help.matching.PartOfDay.MORNING;
import static nl.omkijken.help.matching.ProfileBuilder.profile;
import static nl.omkijken.help.matching.ProfileBuilder.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoringTests {

    @Test
    void suggestsAPairWithTheReasonsTheyFit() {
        var resident = profile()
                .speaks("ar", "nl")
                .free(slot(TUESDAY, MORNING), slot(WEDNESDAY, EVENING))
                .likes(WALKING, GAMES)
                .build();
        var volunteer = profile()
                .kmNorth(2)
                .speaks("ar", "en")
                .free(slot(TUESDAY, MORNING), slot(TUESDAY, AFTERNOON))
                .likes(WALKING, COOKING)
                .build();

        var fit = Scoring.fit(resident, volunteer);

        assertThat(fit)
                .isEqualTo(new Suggestion(
                        resident.id(),
                        volunteer.id(),
                        20 + 5 + 10,
                        List.of(
                                Reason.distance(2.0),
                                Reason.languages(List.of(Locale.forLanguageTag("ar"))),
                                Reason.slots(List.of(slot(TUESDAY, MORNING))),
                                Reason.interests(List.of(WALKING)))));
    }

    @Test
    void rejectsAPairNeverFreeAtTheSamePartOfADay() {
        var resident = profile().free(slot(TUESDAY, MORNING), slot(WEDNESDAY, EVENING));
        var volunteer = profile().free(slot(TUESDAY, AFTERNOON), slot(WEDNESDAY, MORNING));

        assertThat(Scoring.fit(resident.build(), volunteer.build())).isEqualTo(Obstacle.NO_SHARED_TIME);
        assertThat(Scoring.fit(
                        resident.build(),
                        volunteer.free(slot(WEDNESDAY, EVENING)).build()))
                .isInstanceOf(Suggestion.class);
    }

    @Test
    void rejectsAPairWithoutACommonLanguage() {
        var resident = profile().speaks("ar", "ti");

        assertThat(Scoring.fit(resident.build(), profile().speaks("nl", "en").build()))
                .isEqualTo(Obstacle.NO_SHARED_LANGUAGE);
        assertThat(Scoring.fit(resident.build(), profile().speaks("nl", "ti").build()))
                .isInstanceOf(Suggestion.class);
    }

    @Test
    void rejectsAVolunteerOfAnotherGenderThanTheResidentWants() {
        var resident = profile().wantsGender(Gender.WOMAN).build();

        assertThat(Scoring.fit(resident, profile().is(Gender.MAN, null).build()))
                .isEqualTo(Obstacle.PREFERENCE_NOT_MET);
        assertThat(Scoring.fit(resident, profile().is(Gender.WOMAN, null).build()))
                .isInstanceOf(Suggestion.class);
    }

    @Test
    void rejectsAResidentOutsideTheAgeBandsTheVolunteerWants() {
        var volunteer =
                profile().wantsAge(AgeBand.FROM_65_TO_79, AgeBand.FROM_80).build();

        assertThat(Scoring.fit(profile().is(null, AgeBand.FROM_50_TO_64).build(), volunteer))
                .isEqualTo(Obstacle.PREFERENCE_NOT_MET);
        assertThat(Scoring.fit(profile().is(null, AgeBand.FROM_80).build(), volunteer))
                .isInstanceOf(Suggestion.class);
    }

    @Test
    void aWishIsNotMetBySomeoneWhoDidNotTell() {
        var unknown = profile().build();

        assertThat(Scoring.fit(profile().wantsGender(Gender.WOMAN).build(), unknown))
                .isEqualTo(Obstacle.PREFERENCE_NOT_MET);
        assertThat(Scoring.fit(
                        unknown, profile().wantsAge(AgeBand.FROM_18_TO_29).build()))
                .isEqualTo(Obstacle.PREFERENCE_NOT_MET);
        assertThat(Scoring.fit(unknown, unknown)).isInstanceOf(Suggestion.class);
    }

    @Test
    void rejectsAPairFurtherApartThanTheyCanTravelTogether() {
        var resident = profile().travels(TravelMode.FOOT, 1).build();
        var volunteer = profile().travels(TravelMode.BIKE, 2);

        assertThat(Scoring.fit(resident, volunteer.kmNorth(3.1).build())).isEqualTo(Obstacle.TOO_FAR);
        assertThat(Scoring.fit(resident, volunteer.kmNorth(2.9).build()))
                .as("each travels part of the way")
                .isInstanceOf(Suggestion.class);
    }

    @Test
    void aVolunteerComesAllTheWayToAResidentWhoNeedsAVisitAtHome() {
        var resident = profile().needsHomeVisit().build();
        var volunteer = profile().travels(TravelMode.CAR, 3);

        assertThat(Scoring.fit(resident, volunteer.kmNorth(3.1).build())).isEqualTo(Obstacle.TOO_FAR);
        assertThat(((Suggestion) Scoring.fit(resident, volunteer.kmNorth(2.9).build())).reasons())
                .contains(Reason.homeVisit());
    }

    @Test
    void twoPeopleWhoBothNeedAVisitAtHomeCannotMeet() {
        var resident = profile().needsHomeVisit().build();

        assertThat(Scoring.fit(resident, profile().needsHomeVisit().build())).isEqualTo(Obstacle.TOO_FAR);
    }

    @Test
    void closenessCountsForLessWithEveryKilometre() {
        var resident = profile().build();

        assertThat(pointsAt(0, resident)).isEqualTo(40 + 5);
        assertThat(pointsAt(2, resident)).isEqualTo(20 + 5);
        assertThat(pointsAt(4, resident)).isEqualTo(10 + 5);
        assertThat(pointsAt(5, resident)).isGreaterThan(pointsAt(6, resident));
    }

    @Test
    void eachSharedSlotAndInterestAddsUpToALimit() {
        var slots = new Slot[] {
            slot(MONDAY, MORNING),
            slot(MONDAY, AFTERNOON),
            slot(MONDAY, EVENING),
            slot(TUESDAY, MORNING),
            slot(TUESDAY, AFTERNOON),
            slot(TUESDAY, EVENING),
            slot(WEDNESDAY, MORNING)
        };
        var resident = profile().free(slots).likes(WALKING, COOKING, MUSIC, READING, CYCLING);

        var three = Scoring.fit(
                resident.build(),
                profile().free(slots[0], slots[1], slots[2]).likes(WALKING).build());
        var all = (Suggestion) Scoring.fit(
                resident.build(),
                profile()
                        .free(slots)
                        .likes(WALKING, COOKING, MUSIC, READING, CYCLING)
                        .build());

        assertThat(((Suggestion) three).points()).isEqualTo(40 + 3 * 5 + 10);
        assertThat(all.points()).as("6 slots and 4 interests count").isEqualTo(40 + 6 * 5 + 4 * 10);
        assertThat(all.reasons())
                .containsExactly(
                        Reason.sameNeighbourhood(),
                        Reason.languages(List.of(Locale.forLanguageTag("nl"))),
                        Reason.manySlots(7, List.of(slots[0], slots[1], slots[2])),
                        Reason.interests(List.of(WALKING, CYCLING, COOKING, MUSIC, READING)));
    }

    @Test
    void refusesALanguageCodeThatIsNotIso639() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile().speaks("xx").build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile().speaks("NL").build());
    }

    private static int pointsAt(double km, Profile resident) {
        return ((Suggestion) Scoring.fit(resident, profile().kmNorth(km).build())).points();
    }
}
