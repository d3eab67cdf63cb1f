package nl.omkijken.help.matching;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * Writes the reasons of a suggestion in the reader's language, from the {@code help.match.*} messages: "2 km, spreken
 * allebei Arabisch, allebei vrij op dinsdagochtend, willen allebei graag wandelen". Names of languages and weekdays
 * come from Java's locale data.
 */
public final class ReasonTexts {

    private final MessageSource messages;

    public ReasonTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** All reasons on one line, separated by commas. */
    public String line(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(reason -> text(reason, locale)).collect(Collectors.joining(", "));
    }

    public String text(Reason reason, Locale locale) {
        var arguments = reason.arguments().stream()
                .map(argument -> argument(argument, locale))
                .toArray();
        return messages.getMessage(reason.messageKey(), arguments, locale);
    }

    private Object argument(Object argument, Locale locale) {
        if (argument instanceof List<?> items) {
            return list(items.stream().map(item -> argument(item, locale)).toList(), locale);
        }
        if (argument instanceof Locale language) {
            return language.getDisplayLanguage(locale);
        }
        if (argument instanceof Interest interest) {
            return message("help.match.interest." + interest.name(), locale);
        }
        if (argument instanceof Slot slot) {
            var day = slot.day().getDisplayName(TextStyle.FULL, locale);
            var part = message("help.match.partOfDay." + slot.partOfDay().name(), locale);
            return messages.getMessage("help.match.slot", new Object[] {day, part}, locale);
        }
        return argument;
    }

    /** "a", "a en b", "a, b en c". */
    private String list(List<Object> items, Locale locale) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0).toString();
        }
        var allButLast = items.subList(0, items.size() - 1).stream()
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        return messages.getMessage("help.match.list", new Object[] {allButLast, items.get(items.size() - 1)}, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
