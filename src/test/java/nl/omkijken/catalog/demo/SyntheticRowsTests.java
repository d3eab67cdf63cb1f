package nl.omkijken.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.omkijken.area.Coordinates;
import nl.omkijken.area.NeighbourhoodSummary;
import nl.omkijken.catalog.Kind;
import org.junit.jupiter.api.Test;

class SyntheticRowsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void theSameNumberGivesTheSameOffering() {
        var first = builder();
        var second = builder();

        for (var number : List.of(0L, 1L, 4_999L, 5_000L, 999_999L)) {
            assertThat(second.offering(number)).isEqualTo(first.offering(number));
        }
    }

    @Test
    void differentNumbersGiveDifferentOfferingsWithRecognisableIds() {
        var builder = builder();
        var offerings = IntStream.range(0, 200).mapToObj(builder::offering).toList();

        assertThat(offerings.stream().map(OfferingRow::id).distinct()).hasSize(200);
        assertThat(offerings.stream().map(OfferingRow::title).distinct().count())
                .isGreaterThan(20);
        assertThat(offerings).allSatisfy(o -> assertThat(o.title()).endsWith(SyntheticRows.MARK));
        assertThat(offerings.get(42).id()).isEqualTo(SyntheticRows.id(SyntheticRows.OFFERING, 42));
        assertThat(offerings.stream().map(OfferingRow::kind).distinct()).hasSize(Kind.values().length);
    }

    @Test
    void everyOfferingHasAnAmbitionAThemeATargetGroupAndAValidSchedule() {
        var builder = builder();

        IntStream.range(0, 500).mapToObj(builder::offering).forEach(o -> {
            assertThat(o.ambitions()).isNotEmpty();
            assertThat(o.termIds()).hasSize(2);
            assertThat(o.schedules()).singleElement().satisfies(s -> {
                assertThat(s.endTime()).isAfter(s.startTime());
                assertThat(s.rrule() == null).isEqualTo(s.pattern().equals(ScheduleRow.ONCE));
            });
            assertThat(o.free() || o.costExplanation().length() > 0).isTrue();
        });
    }

    private static SyntheticRows builder() {
        var buurt = new NeighbourhoodSummary("BU01931000", "Binnenstad-Zuid", "WK019310", new Coordinates(52.5, 6.09));
        var locations = IntStream.range(0, 10)
                .mapToObj(i -> new LocationRow(
                        SyntheticRows.id(SyntheticRows.LOCATION, i),
                        SyntheticOfferings.PROVIDER_ID,
                        "Plek " + i,
                        "Proefstraat " + i,
                        SyntheticTexts.postcode(i),
                        "Zwolle",
                        buurt.centre(),
                        buurt,
                        true,
                        false,
                        true,
                        ""))
                .toList();
        var themes = IntStream.range(0, 14).mapToObj(i -> uuid("theme", i)).toList();
        var groups = IntStream.range(0, 12).mapToObj(i -> uuid("group", i)).toList();
        return new SyntheticRows(
                SyntheticOfferings.PROVIDER_ID, locations, themes, groups, new DemoCalendar(TODAY), NOW);
    }

    private static UUID uuid(String type, int i) {
        return UUID.nameUUIDFromBytes((type + i).getBytes());
    }
}
