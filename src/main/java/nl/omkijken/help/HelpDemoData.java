package nl.omkijken.help;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.area.Areas;
import nl.omkijken.help.matching.AgeBand;
import nl.omkijken.help.matching.PartOfDay;
import nl.omkijken.help.matching.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a new demo or development database a few published help requests and offers by the demo resident, so that
 * {@code /hulp} has something to show; only while there are no posts yet, and never under the production profile.
 * They are dated weeks back, so they do not count against the demo resident's posts of today; they count in the
 * anonymous figures like any published post.
 */
@Component
@Profile("!production")
@Order(30)
class HelpDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HelpDemoData.class);
    private static final String DEMO_RESIDENT = "inwoner@omkijken.test";

    private record Demo(
            PostKind kind,
            HelpCategory category,
            Frequency frequency,
            String firstName,
            AgeBand age,
            String neighbourhood,
            Set<Slot> slots,
            String text) {}

    private static final List<Demo> POSTS = List.of(
            new Demo(
                    PostKind.REQUEST,
                    HelpCategory.WALKING,
                    Frequency.EVERY_TWO_WEEKS,
                    "Trineke",
                    AgeBand.FROM_30_TO_49,
                    "BU01931340",
                    Set.of(new Slot(DayOfWeek.TUESDAY, PartOfDay.MORNING)),
                    "Ik ben Trineke (45), woon in de Pierik en zou graag eens per twee weken met iemand wandelen."),
            new Demo(
                    PostKind.REQUEST,
                    HelpCategory.DIGITAL_HELP,
                    Frequency.ONCE,
                    "Trineke",
                    AgeBand.FROM_30_TO_49,
                    "BU01931340",
                    Set.of(),
                    "Wie wil mij een keer helpen met mijn nieuwe telefoon? Ik wil leren hoe ik foto's stuur."),
            new Demo(
                    PostKind.OFFER,
                    HelpCategory.SHOPPING,
                    Frequency.WEEKLY,
                    "Trineke",
                    AgeBand.FROM_30_TO_49,
                    "BU01931340",
                    Set.of(new Slot(DayOfWeek.THURSDAY, PartOfDay.AFTERNOON)),
                    "Ik doe elke donderdag boodschappen. Ik neem graag iets mee voor iemand in de buurt."),
            new Demo(
                    PostKind.OFFER,
                    HelpCategory.LANGUAGE_PRACTICE,
                    Frequency.WEEKLY,
                    "Trineke",
                    null,
                    "BU01931310",
                    Set.of(new Slot(DayOfWeek.WEDNESDAY, PartOfDay.EVENING)),
                    "Wil je beter Nederlands praten? Ik drink graag een kopje koffie met je en dan praten we samen."),
            new Demo(
                    PostKind.REQUEST,
                    HelpCategory.ODD_JOBS,
                    Frequency.ONCE,
                    "Trineke",
                    AgeBand.FROM_30_TO_49,
                    "BU01931340",
                    Set.of(),
                    "Mijn schuurdeur klemt. Wie kan er even naar kijken? Ik zorg voor koffie en iets lekkers."));

    private final HelpPostRepository posts;
    private final JdbcTemplate jdbc;
    private final Areas areas;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HelpDemoData(
            HelpPostRepository posts, JdbcTemplate jdbc, Areas areas, Clock clock, ApplicationEventPublisher events) {
        this.posts = posts;
        this.events = events;
        this.jdbc = jdbc;
        this.areas = areas;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var municipality = areas.municipality().code();
        if (posts.countByMunicipalityCode(municipality) > 0) {
            return;
        }
        var resident = jdbc.queryForList("select id from account where email = ?", UUID.class, DEMO_RESIDENT);
        if (resident.isEmpty()) {
            return;
        }
        var days = POSTS.size() + 7;
        for (var demo : POSTS) {
            var buurt = areas.neighbourhood(demo.neighbourhood());
            if (buurt.isEmpty()) {
                continue;
            }
            var at = clock.instant().minus(Duration.ofDays(days--));
            var content = new PostContent(
                    demo.category(),
                    demo.frequency(),
                    demo.firstName(),
                    demo.age(),
                    demo.text(),
                    demo.neighbourhood(),
                    buurt.get().districtCode(),
                    demo.slots());
            var post = HelpPost.byResident(municipality, demo.kind(), content, resident.get(0), at);
            post.approve(null, at.plus(Duration.ofHours(2)));
            posts.save(post);
            events.publishEvent(PostEvents.published(post, post.publishedAt()));
        }
        log.info("Loaded {} demo help posts", POSTS.size());
    }
}
