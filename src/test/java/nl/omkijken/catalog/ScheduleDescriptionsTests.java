package nl.omkijken.catalog;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A schedule said in a sentence, in Dutch and English, with the texts meant for the message bundles. */
class ScheduleDescriptionsTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalDate FROM = LocalDate.of(2026, 5, 1);

    private final ScheduleDescriptions descriptions = new ScheduleDescriptions(messages());

    @Test
    void weeklyNamesTheDays() {
        var schedule = ScheduleDetails.weekly(Set.of(THURSDAY, TUESDAY), 1, TEN, NOON, FROM, null);

        assertThat(descriptions.describe(schedule, DUTCH)).isEqualTo("Elke dinsdag en donderdag, 10:00 tot 12:00");
        assertThat(descriptions.describe(schedule, ENGLISH)).isEqualTo("Every Tuesday and Thursday, 10:00 to 12:00");
    }

    @Test
    void threeDaysGetACommaAndAnAnd() {
        var schedule =
                ScheduleDetails.weekly(Set.of(FRIDAY, MONDAY, WEDNESDAY), 1, LocalTime.of(9, 30), NOON, FROM, null);

        assertThat(descriptions.describe(schedule, DUTCH))
                .isEqualTo("Elke maandag, woensdag en vrijdag, 09:30 tot 12:00");
        assertThat(descriptions.describe(schedule, ENGLISH))
                .isEqualTo("Every Monday, Wednesday and Friday, 09:30 to 12:00");
    }

    @Test
    void everyOtherWeek() {
        var schedule = ScheduleDetails.weekly(Set.of(THURSDAY), 2, TEN, NOON, FROM, null);

        assertThat(descriptions.describe(schedule, DUTCH)).isEqualTo("Om de week op donderdag, 10:00 tot 12:00");
        assertThat(descriptions.describe(schedule, ENGLISH)).isEqualTo("Every other week on Thursday, 10:00 to 12:00");
    }

    @Test
    void monthlyNamesTheWeekOfTheMonth() {
        var first = ScheduleDetails.monthly(1, SATURDAY, TEN, NOON, FROM, null);
        var last = ScheduleDetails.monthly(-1, FRIDAY, LocalTime.of(19, 0), LocalTime.of(21, 0), FROM, null);

        assertThat(descriptions.describe(first, DUTCH)).isEqualTo("Elke eerste zaterdag van de maand, 10:00 tot 12:00");
        assertThat(descriptions.describe(first, ENGLISH))
                .isEqualTo("Every first Saturday of the month, 10:00 to 12:00");
        assertThat(descriptions.describe(last, DUTCH)).isEqualTo("Elke laatste vrijdag van de maand, 19:00 tot 21:00");
        assertThat(descriptions.describe(last, ENGLISH)).isEqualTo("Every last Friday of the month, 19:00 to 21:00");
    }

    @Test
    void aSingleDateNamesTheDate() {
        var schedule = ScheduleDetails.once(LocalDate.of(2026, 12, 14), TEN, NOON);

        assertThat(descriptions.describe(schedule, DUTCH)).isEqualTo("Op 14 december 2026, 10:00 tot 12:00");
        assertThat(descriptions.describe(schedule, ENGLISH)).isEqualTo("On 14 December 2026, 10:00 to 12:00");
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessages(
                Map.of(
                        "schedule.description.weekly", "Elke {0}, {1} tot {2}",
                        "schedule.description.everyOtherWeek", "Om de week op {0}, {1} tot {2}",
                        "schedule.description.monthly", "Elke {0} {1} van de maand, {2} tot {3}",
                        "schedule.description.once", "Op {0}, {1} tot {2}",
                        "schedule.description.and", "en",
                        "schedule.description.ordinal.1", "eerste",
                        "schedule.description.ordinal.last", "laatste"),
                DUTCH);
        messages.addMessages(
                Map.of(
                        "schedule.description.weekly", "Every {0}, {1} to {2}",
                        "schedule.description.everyOtherWeek", "Every other week on {0}, {1} to {2}",
                        "schedule.description.monthly", "Every {0} {1} of the month, {2} to {3}",
                        "schedule.description.once", "On {0}, {1} to {2}",
                        "schedule.description.and", "and",
                        "schedule.description.ordinal.1", "first",
                        "schedule.description.ordinal.last", "last"),
                ENGLISH);
        return messages;
    }
}
