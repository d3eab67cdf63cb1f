package nl.omkijken.catalog;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.area.Areas;
import nl.omkijken.area.Coordinates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A schedule with its closed days goes into PostgreSQL and comes back giving the same dates. */
@IntegrationTest
class ScheduleRepositoryTests {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private static final ClosedPeriod ASCENSION = ClosedPeriod.day(LocalDate.of(2026, 5, 14), "Hemelvaartsdag");
    private static final ClosedPeriod SUMMER =
            new ClosedPeriod(LocalDate.of(2026, 7, 11), LocalDate.of(2026, 8, 23), "Zomerstop");

    @Autowired
    ScheduleRepository schedules;

    @Autowired
    ProviderRepository providers;

    @Autowired
    OfferingRepository offerings;

    @Autowired
    LocationRepository locations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Areas areas;

    UUID organisationId;
    Offering offering;
    Location location;

    @BeforeEach
    void offeringOfANewProvider() {
        var municipality = areas.municipality().code();
        organisationId = UUID.randomUUID();
        jdbc.update(
                "insert into organisation (id, municipality_code, name, created_at) values (?, ?, ?, now())",
                organisationId,
                municipality,
                "Roostertest " + organisationId);
        var now = Instant.now();
        providers.save(new Provider(
                organisationId,
                municipality,
                new ProviderDetails("Buurthuis De Linde", "", null, null, null, null),
                now));
        location = locations.save(new Location(
                municipality,
                organisationId,
                new LocationDetails(
                        "De Linde",
                        "Lindelaan 1",
                        "8011 AA",
                        "Zwolle",
                        new Coordinates(52.51, 6.09),
                        true,
                        false,
                        true,
                        ""),
                null));
        offering = offerings.save(Offering.draft(
                municipality,
                organisationId,
                new OfferingDetails(
                        "Koffieochtend",
                        "Samen koffie drinken in de buurtkamer",
                        "",
                        Kind.MEETING_PLACE,
                        Set.of(),
                        Set.of(),
                        Set.of("nl"),
                        true,
                        null,
                        "",
                        null,
                        null,
                        HowToJoin.WALK_IN,
                        "",
                        null,
                        null,
                        Set.of(location.id())),
                now));
    }

    @AfterEach
    void removeTheProvider() {
        jdbc.update("delete from offering where provider_id = ?", organisationId);
        jdbc.update("delete from location where provider_id = ?", organisationId);
        jdbc.update("delete from provider where id = ?", organisationId);
        jdbc.update("delete from organisation where id = ?", organisationId);
    }

    @Test
    void keepsTheRuleAndTheClosedDaysSoTheDatesComeBackTheSame() {
        var details = weeklyUntilNewYear().closedOn(SUMMER, ASCENSION);
        var saved = schedules.save(new Schedule(offering.id(), location.id(), details));

        var loaded = schedules.findByOfferingId(offering.id());

        assertThat(loaded).singleElement().satisfies(schedule -> {
            assertThat(schedule.details()).isEqualTo(details);
            assertThat(schedule.locationId()).isEqualTo(location.id());
            assertThat(schedule.occurrences(MAY, NEW_YEAR))
                    .isEqualTo(saved.occurrences(MAY, NEW_YEAR))
                    .hasSize(57)
                    .noneMatch(o -> ASCENSION.covers(o.start().toLocalDate()))
                    .noneMatch(o -> SUMMER.covers(o.start().toLocalDate()));
        });
        assertThat(jdbc.queryForObject("select rrule from schedule where id = ?", String.class, saved.id()))
                .isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261231T235959");
        assertThat(jdbc.queryForObject("select weekdays from schedule where id = ?", String.class, saved.id()))
                .isEqualTo("TU,TH");
        assertThat(jdbc.queryForList(
                        "select reason from schedule_exception where schedule_id = ? order by from_date",
                        String.class,
                        saved.id()))
                .containsExactly("Hemelvaartsdag", "Zomerstop");
    }

    @Test
    void changingTheClosedDaysReplacesThemEvenWhenOneStartsOnTheSameDay() {
        var id = schedules
                .save(new Schedule(offering.id(), null, weeklyUntilNewYear().closedOn(SUMMER, ASCENSION)))
                .id();
        var shorterSummer = new ClosedPeriod(SUMMER.fromDate(), LocalDate.of(2026, 8, 2), "Korte zomerstop");

        transactions.executeWithoutResult(status -> schedules
                .findById(id)
                .orElseThrow()
                .change(null, weeklyUntilNewYear().closedOn(shorterSummer)));

        assertThat(schedules.findById(id).orElseThrow().details().closedPeriods())
                .containsExactly(shorterSummer);
    }

    private static ScheduleDetails weeklyUntilNewYear() {
        return ScheduleDetails.weekly(
                Set.of(TUESDAY, THURSDAY), 1, LocalTime.of(10, 0), LocalTime.of(12, 0), MAY, NEW_YEAR.minusDays(1));
    }
}
