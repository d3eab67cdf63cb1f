package nl.omkijken.help.matching;

import java.time.DayOfWeek;
import java.util.Objects;

/** A part of a weekday someone is free every week, such as Tuesday morning. */
public record Slot(DayOfWeek day, PartOfDay partOfDay) {

    static final int COUNT = 7 * 3;

    public Slot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(partOfDay, "partOfDay");
    }

    /** Monday morning is 0, Sunday evening is 20: the week in order. */
    int index() {
        return (day.getValue() - 1) * 3 + partOfDay.ordinal();
    }

    static Slot ofIndex(int index) {
        return new Slot(DayOfWeek.of(index / 3 + 1), PartOfDay.values()[index % 3]);
    }
}
