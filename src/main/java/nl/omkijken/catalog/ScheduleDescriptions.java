package nl.omkijken.catalog;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in a sentence when something takes place, such as "Elke dinsdag en donderdag, 10:00 tot 12:00". The
 * sentences are message keys; day and month names come from the locale, so they need no keys of their own.
 */
@Component
class ScheduleDescriptions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu");

    private final MessageSource messages;

    ScheduleDescriptions(MessageSource messages) {
        this.messages = messages;
    }

    String describe(ScheduleDetails schedule, Locale locale) {
        var start = TIME.format(schedule.startTime());
        var end = TIME.format(schedule.endTime());
        return switch (schedule.pattern()) {
            case WEEKLY -> {
                var key = schedule.weekInterval() == 2
                        ? "schedule.description.everyOtherWeek"
                        : "schedule.description.weekly";
                yield text(key, locale, days(schedule, locale), start, end);
            }
            case MONTHLY -> {
                var week = schedule.weekOfMonth() == -1 ? "last" : schedule.weekOfMonth();
                var ordinal = text("schedule.description.ordinal." + week, locale);
                yield text("schedule.description.monthly", locale, ordinal, days(schedule, locale), start, end);
            }
            case ONCE ->
                text(
                        "schedule.description.once",
                        locale,
                        DATE.withLocale(locale).format(schedule.validFrom()),
                        start,
                        end);
        };
    }

    /** "dinsdag, woensdag en donderdag": commas, and the word for "and" before the last day. */
    private String days(ScheduleDetails schedule, Locale locale) {
        var names = schedule.weekdays().stream()
                .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                .toList();
        var last = names.get(names.size() - 1);
        if (names.size() == 1) {
            return last;
        }
        var and = text("schedule.description.and", locale);
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + last;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
