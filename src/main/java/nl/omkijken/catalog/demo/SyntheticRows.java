package nl.omkijken.catalog.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.omkijken.catalog.Ambition;
import nl.omkijken.catalog.HowToJoin;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.OfferingStatus;
import nl.omkijken.catalog.ReviewState;

/**
 * Builds synthetic offering number i from a {@link Random} seeded with i, so that the same i always gives the same
 * offering, whichever batch or run makes it. Ids carry the number, titles end in {@value #MARK}.
 */
class SyntheticRows {

    static final String MARK = "(testdata)";
    static final long SEED = 0x0A1B_2C3D_4E5FL;
    static final int OFFERING = 1;
    static final int SCHEDULE = 2;
    static final int LOCATION = 3;

    private static final Kind[] KINDS = {
        Kind.ACTIVITY,
        Kind.ACTIVITY,
        Kind.ACTIVITY,
        Kind.ACTIVITY,
        Kind.ACTIVITY,
        Kind.ACTIVITY,
        Kind.ACTIVITY,
        Kind.ACTIVITY,
        Kind.WALK_IN_HOUR,
        Kind.WALK_IN_HOUR,
        Kind.WALK_IN_HOUR,
        Kind.MEETING_PLACE,
        Kind.MEETING_PLACE,
        Kind.SUPPORT_SERVICE,
        Kind.SUPPORT_SERVICE,
        Kind.SUPPORT_SERVICE,
        Kind.SCHEME,
        Kind.SCHEME,
        Kind.VOLUNTEER_VACANCY,
        Kind.VOLUNTEER_VACANCY
    };
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final int[] WEEKS_OF_MONTH = {1, 2, 3, 4, -1};
    private static final String[] OTHER_LANGUAGES = {"en", "ar", "tr", "uk", "pl"};
    private static final String[] PRICES = {"1.00", "2.00", "2.50", "3.00", "5.00"};
    private static final String[] CONTACTS = {"Anouk", "Bas", "Esra", "Gerrit", "Mila", "Sem", "Yusuf", "Wilma"};

    private final UUID providerId;
    private final List<LocationRow> locations;
    private final List<UUID> themes;
    private final List<UUID> targetGroups;
    private final DemoCalendar calendar;
    private final Instant now;

    SyntheticRows(
            UUID providerId,
            List<LocationRow> locations,
            List<UUID> themes,
            List<UUID> targetGroups,
            DemoCalendar calendar,
            Instant now) {
        this.providerId = providerId;
        this.locations = List.copyOf(locations);
        this.themes = List.copyOf(themes);
        this.targetGroups = List.copyOf(targetGroups);
        this.calendar = calendar;
        this.now = now;
    }

    /** Recognisable ids: the type in the second group, the number in the last, e.g. 00005e00-0001-4000-8000-…2a. */
    static UUID id(int type, long number) {
        return new UUID(0x0000_5E00_0000_4000L | ((long) type << 16), 0x8000_0000_0000_0000L | number);
    }

    OfferingRow offering(long number) {
        var random = new Random(SEED ^ (number * 0x9E37_79B9_7F4A_7C15L));
        var kind = KINDS[random.nextInt(KINDS.length)];
        var location = locations.get(random.nextInt(locations.size()));
        var buurt = location.neighbourhood().name();
        var title = SyntheticTexts.title(kind, random) + " in " + buurt + " " + MARK;
        var paid = random.nextInt(10) < 3;
        var ages = ages(random);
        var daysAgo = random.nextInt(240);
        var id = id(OFFERING, number);
        return new OfferingRow(
                id,
                providerId,
                title,
                SyntheticTexts.summary(kind, random) + " In " + buurt + ".",
                SyntheticTexts.description(random),
                kind,
                paid ? new BigDecimal(PRICES[random.nextInt(PRICES.length)]) : null,
                paid ? "Per keer. Heeft u weinig geld? Vraag naar de korting." : "",
                ages[0],
                ages[1],
                kind == Kind.SUPPORT_SERVICE ? HowToJoin.SIGN_UP : HowToJoin.WALK_IN,
                CONTACTS[random.nextInt(CONTACTS.length)],
                "testdata@example.org",
                null,
                random.nextInt(40) == 0 ? OfferingStatus.TEMPORARILY_CLOSED : OfferingStatus.ACTIVE,
                random.nextInt(20) == 0 ? ReviewState.SUBMITTED : ReviewState.PUBLISHED,
                calendar.today().minusDays(daysAgo),
                now.minus(daysAgo + 30L + random.nextInt(365), ChronoUnit.DAYS),
                ambitions(random),
                List.of(pick(themes, random), pick(targetGroups, random)),
                random.nextInt(7) == 0
                        ? List.of("nl", OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)])
                        : List.of("nl"),
                List.of(location.id()),
                List.of(schedule(number, location.id(), random)));
    }

    private ScheduleRow schedule(long number, UUID locationId, Random random) {
        var start = LocalTime.of(9 + random.nextInt(11), random.nextBoolean() ? 0 : 30);
        var end = start.plusMinutes(60 + 30L * random.nextInt(5));
        var id = id(SCHEDULE, number);
        var pattern = random.nextInt(10);
        if (pattern == 0) {
            var day = calendar.today().plusDays(1 + random.nextInt(90));
            return new ScheduleRow(id, locationId, ScheduleRow.ONCE, "", 1, null, start, end, day, day, List.of());
        }
        var until = random.nextInt(5) == 0 ? calendar.seasonStart().plusYears(1).minusDays(1) : null;
        var breaks = random.nextInt(4) == 0 ? List.of(calendar.summerBreak()) : List.<ScheduleBreak>of();
        if (pattern < 3) {
            var week = WEEKS_OF_MONTH[random.nextInt(WEEKS_OF_MONTH.length)];
            var day = DAYS[random.nextInt(DAYS.length)];
            return new ScheduleRow(
                    id,
                    locationId,
                    ScheduleRow.MONTHLY,
                    day,
                    1,
                    week,
                    start,
                    end,
                    calendar.seasonStart(),
                    until,
                    breaks);
        }
        var first = random.nextInt(DAYS.length - 1);
        var days = random.nextBoolean()
                ? DAYS[first]
                : DAYS[first] + "," + DAYS[first + 1 + random.nextInt(DAYS.length - 1 - first)];
        var interval = random.nextInt(4) == 0 ? 2 : 1;
        return new ScheduleRow(
                id,
                locationId,
                ScheduleRow.WEEKLY,
                days,
                interval,
                null,
                start,
                end,
                calendar.seasonStart(),
                until,
                breaks);
    }

    private static Integer[] ages(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> new Integer[] {4, 12};
            case 1 -> new Integer[] {12, 23};
            case 2 -> new Integer[] {55, null};
            default -> new Integer[] {null, null};
        };
    }

    private static EnumSet<Ambition> ambitions(Random random) {
        var mask = 1 + random.nextInt(7);
        var chosen = EnumSet.noneOf(Ambition.class);
        for (var ambition : Ambition.values()) {
            if ((mask & (1 << ambition.ordinal())) != 0) {
                chosen.add(ambition);
            }
        }
        return chosen;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
