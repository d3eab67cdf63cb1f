package nl.omkijken.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleRowTests {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

    @Test
    void writesAWeeklyRule() {
        assertThat(schedule("WEEKLY", "TU,TH", 1, null, null).rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH");
    }

    @Test
    void writesEveryOtherWeekAsAnInterval() {
        assertThat(schedule("WEEKLY", "TH", 2, null, null).rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    }

    @Test
    void writesTheWeekOfTheMonthBeforeTheDay() {
        assertThat(schedule("MONTHLY", "SA", 1, 1, null).rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=1SA");
        assertThat(schedule("MONTHLY", "FR", 1, -1, null).rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
    }

    @Test
    void endsTheRuleAtTheEndOfTheLastDay() {
        assertThat(schedule("WEEKLY", "MO", 1, null, LocalDate.of(2027, 6, 30)).rrule())
                .isEqualTo("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630T235959");
    }

    @Test
    void aOnceOnlyScheduleHasNoRule() {
        assertThat(schedule("ONCE", "", 1, null, SEPTEMBER).rrule()).isNull();
    }

    @Test
    void refusesAMonthlyScheduleWithoutAWeekOfTheMonth() {
        assertThatIllegalArgumentException().isThrownBy(() -> schedule("MONTHLY", "SA", 1, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> schedule("MONTHLY", "SA,SU", 1, 1, null));
    }

    private static ScheduleRow schedule(
            String pattern, String weekdays, int interval, Integer weekOfMonth, LocalDate until) {
        return new ScheduleRow(
                UUID.randomUUID(),
                null,
                pattern,
                weekdays,
                interval,
                weekOfMonth,
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                SEPTEMBER,
                until,
                List.of());
    }
}
