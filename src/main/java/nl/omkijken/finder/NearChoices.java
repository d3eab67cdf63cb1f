package nl.omkijken.finder;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.omkijken.area.Areas;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The list of every buurt to search near, as the search page shows it. Making its 78 options took about a
 * quarter of the time to make a search page (bench/finder at 50,000 offerings: 482 pages a second with them, 636
 * once kept), the same 78 each time: the buurten do not change while the application runs. So the list is
 * rendered once per language and chosen buurt and kept.
 */
@Component
class NearChoices {

    /** A buurt to search near, with its wijk in the label, since some buurt names say little on their own. */
    record Choice(String code, String label) {}

    private final ITemplateEngine templates;
    private final Areas areas;
    private final Map<Key, String> rendered = new ConcurrentHashMap<>();
    private volatile List<Choice> choices;

    private record Key(Locale locale, String chosen) {}

    NearChoices(ITemplateEngine templates, Areas areas) {
        this.templates = templates;
        this.areas = areas;
    }

    /** The select element as HTML, with the given buurt chosen; any other value, such as a postcode, chooses none. */
    String select(String chosen, Locale locale) {
        var known = choices().stream().anyMatch(c -> c.code().equals(chosen)) ? chosen : "";
        return rendered.computeIfAbsent(new Key(locale, known), this::render);
    }

    private String render(Key key) {
        var context = new Context(key.locale(), Map.of("choices", choices(), "chosen", key.chosen()));
        return templates.process("finder/filters", Set.of("near-choices"), context);
    }

    /** Read on first use rather than at start, when the buurten may not be in the database yet. */
    private List<Choice> choices() {
        var made = choices;
        if (made == null) {
            made = choices = areas.districts().stream()
                    .flatMap(d -> d.neighbourhoods().stream()
                            .map(n -> new Choice(n.code(), n.name() + " (" + d.name() + ")")))
                    .sorted(Comparator.comparing(Choice::label))
                    .toList();
        }
        return made;
    }
}
