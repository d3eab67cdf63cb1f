package nl.omkijken.help.matching;

import java.util.List;
import java.util.Locale;

/**
 * One reason a pair fits, as a message key and its arguments, for {@link ReasonTexts} to write in the reader's
 * language. Arguments are numbers, {@link Locale}s for languages, {@link Slot}s, {@link Interest}s, or lists of those.
 */
public record Reason(String messageKey, List<Object> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    static Reason distance(double km) {
        return new Reason("help.match.reason.distance", List.of(km));
    }

    static Reason sameNeighbourhood() {
        return new Reason("help.match.reason.sameNeighbourhood", List.of());
    }

    static Reason homeVisit() {
        return new Reason("help.match.reason.homeVisit", List.of());
    }

    static Reason languages(List<Locale> languages) {
        return new Reason("help.match.reason.languages", List.of(List.copyOf(languages)));
    }

    static Reason slots(List<Slot> slots) {
        return new Reason("help.match.reason.slots", List.of(List.copyOf(slots)));
    }

    static Reason manySlots(int count, List<Slot> some) {
        return new Reason("help.match.reason.manySlots", List.of(count, List.copyOf(some)));
    }

    static Reason interests(List<Interest> interests) {
        return new Reason("help.match.reason.interests", List.of(List.copyOf(interests)));
    }
}
