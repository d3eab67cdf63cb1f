package nl.omkijken.help.buddy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.area.Areas;
import nl.omkijken.help.matching.AgeBand;
import nl.omkijken.help.matching.Gender;
import nl.omkijken.help.matching.Interest;
import nl.omkijken.help.matching.PartOfDay;
import nl.omkijken.help.matching.Slot;
import nl.omkijken.help.matching.TravelMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo coordinator's initiative, SamenOuderen Zwolle, a small waiting list of residents and volunteers, so
 * that {@code /coordinator} has suggestions to show; only while it has no intakes, never under production.
 */
@Component
@Profile("!production")
@Order(31)
class BuddyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuddyDemoData.class);
    private static final String INITIATIVE = "SamenOuderen Zwolle";

    private record Demo(
            IntakeSide side,
            String name,
            String buurt,
            Set<String> languages,
            Set<Slot> slots,
            Set<Interest> interests,
            Set<TravelMode> travel,
            int km,
            Gender gender,
            AgeBand age) {}

    private static final Slot TUESDAY_MORNING = new Slot(DayOfWeek.TUESDAY, PartOfDay.MORNING);
    private static final Slot THURSDAY_AFTERNOON = new Slot(DayOfWeek.THURSDAY, PartOfDay.AFTERNOON);
    private static final Slot SATURDAY_MORNING = new Slot(DayOfWeek.SATURDAY, PartOfDay.MORNING);

    private static final List<Demo> INTAKES = List.of(
            new Demo(
                    IntakeSide.RESIDENT,
                    "Fatima",
                    "BU01931340",
                    Set.of("ar", "nl"),
                    Set.of(TUESDAY_MORNING),
                    Set.of(Interest.WALKING, Interest.LANGUAGE_PRACTICE),
                    Set.of(TravelMode.FOOT),
                    2,
                    Gender.WOMAN,
                    AgeBand.FROM_65_TO_79),
            new Demo(
                    IntakeSide.RESIDENT,
                    "Gerrit",
                    "BU01931340",
                    Set.of("nl"),
                    Set.of(THURSDAY_AFTERNOON),
                    Set.of(Interest.GAMES, Interest.COFFEE_AND_TALK),
                    Set.of(),
                    0,
                    Gender.MAN,
                    AgeBand.FROM_80),
            new Demo(
                    IntakeSide.RESIDENT,
                    "Riet",
                    "BU01931340",
                    Set.of("nl"),
                    Set.of(SATURDAY_MORNING),
                    Set.of(Interest.GARDENING),
                    Set.of(TravelMode.BIKE),
                    5,
                    Gender.WOMAN,
                    AgeBand.FROM_65_TO_79),
            new Demo(
                    IntakeSide.VOLUNTEER,
                    "Amira",
                    "BU01931340",
                    Set.of("ar", "nl", "en"),
                    Set.of(TUESDAY_MORNING, SATURDAY_MORNING),
                    Set.of(Interest.WALKING, Interest.LANGUAGE_PRACTICE),
                    Set.of(TravelMode.FOOT, TravelMode.BIKE),
                    5,
                    Gender.WOMAN,
                    AgeBand.FROM_30_TO_49),
            new Demo(
                    IntakeSide.VOLUNTEER,
                    "Kees",
                    "BU01931340",
                    Set.of("nl"),
                    Set.of(THURSDAY_AFTERNOON),
                    Set.of(Interest.GAMES),
                    Set.of(TravelMode.BIKE),
                    5,
                    Gender.MAN,
                    AgeBand.FROM_50_TO_64),
            new Demo(
                    IntakeSide.VOLUNTEER,
                    "Sanne",
                    "BU01931340",
                    Set.of("nl", "en"),
                    Set.of(SATURDAY_MORNING, THURSDAY_AFTERNOON),
                    Set.of(Interest.GARDENING, Interest.COFFEE_AND_TALK),
                    Set.of(TravelMode.BIKE, TravelMode.CAR),
                    10,
                    Gender.WOMAN,
                    AgeBand.FROM_18_TO_29));

    private final BuddyIntakeRepository intakes;
    private final JdbcTemplate jdbc;
    private final Areas areas;
    private final Clock clock;

    BuddyDemoData(BuddyIntakeRepository intakes, JdbcTemplate jdbc, Areas areas, Clock clock) {
        this.intakes = intakes;
        this.jdbc = jdbc;
        this.areas = areas;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var municipality = areas.municipality().code();
        var initiative = jdbc.queryForList(
                "select id from organisation where municipality_code = ? and name = ?",
                UUID.class,
                municipality,
                INITIATIVE);
        if (initiative.isEmpty()
                || jdbc.queryForObject(
                                "select count(*) from help_buddy_intake where organisation_id = ?",
                                Integer.class,
                                initiative.get(0))
                        > 0) {
            return;
        }
        var coordinator =
                jdbc.queryForList("select id from account where email = 'coordinator@omkijken.test'", UUID.class);
        for (var demo : INTAKES) {
            var buurt = areas.neighbourhood(demo.buurt());
            if (buurt.isEmpty()) {
                continue;
            }
            var checked = new IntakeForm.Checked(
                    demo.name(),
                    null,
                    null,
                    demo.buurt(),
                    demo.languages(),
                    demo.slots(),
                    demo.interests(),
                    demo.travel(),
                    demo.km(),
                    demo.gender(),
                    demo.age(),
                    Set.of(),
                    Set.of(),
                    "");
            intakes.save(new BuddyIntake(
                    municipality,
                    initiative.get(0),
                    demo.side(),
                    checked,
                    buurt.get().districtCode(),
                    coordinator.isEmpty() ? null : coordinator.get(0),
                    clock.instant()));
        }
        log.info("Loaded {} demo buddy intakes", INTAKES.size());
    }
}
