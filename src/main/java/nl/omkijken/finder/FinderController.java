package nl.omkijken.finder;

import jakarta.servlet.http.HttpServletRequest;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.omkijken.area.Areas;
import nl.omkijken.area.Coordinates;
import nl.omkijken.area.DistrictSummary;
import nl.omkijken.area.NeighbourhoodSummary;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.Taxonomy;
import nl.omkijken.catalog.TermOption;
import nl.omkijken.catalog.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public search page; it works without an account, a cookie or JavaScript. */
@Controller
class FinderController {

    private final OfferingSearch search;
    private final Taxonomy taxonomy;
    private final Areas areas;
    private final MessageSource messages;
    private final NearChoices nearChoices;

    FinderController(
            OfferingSearch search, Taxonomy taxonomy, Areas areas, MessageSource messages, NearChoices nearChoices) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.areas = areas;
        this.messages = messages;
        this.nearChoices = nearChoices;
    }

    /**
     * A filter as a select on the page: the parameter's name, its label, and its option elements as HTML, made by
     * {@link FilterOptions}.
     */
    record Filter(String name, String label, String options) {}

    /**
     * One result as the list shows it: its facts (kind, place, next time, free, distance) made into one line here,
     * so that the template prints five values and does not format twenty dates and distances.
     */
    record ResultLine(
            String path, String title, String summary, String facts, boolean temporarilyClosed, boolean stale) {}

    @GetMapping("/zoeken")
    String search(
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            Locale locale,
            HttpServletRequest request) {
        var query = SearchQuery.of(parameters);
        var results = search.search(query);
        // A search that found nothing is counted each time, so its page is made each time.
        request.setAttribute(SearchPageCache.CACHEABLE, results.total() > 0);
        var origin = search.centreOf(query.bij()).orElse(null);
        model.addAttribute("origin", origin);
        model.addAttribute("nearChoices", nearChoices.select(query.bij(), locale));
        model.addAttribute("query", query);
        model.addAttribute("aboutHelp", HelpTopics.isAbout(query));
        model.addAttribute("results", results);
        model.addAttribute("lines", lines(results.hits(), origin, locale));
        // Days and parts of the day keep their order in time (Monday first, morning first); the rest go by label.
        model.addAttribute(
                "filters",
                Stream.of(
                                filter(
                                        "wijk",
                                        "finder.filter.district",
                                        results.counts(OfferingSearch.DISTRICT),
                                        query.wijk(),
                                        byLabel(districtLabels()),
                                        locale),
                                filter(
                                        "buurt",
                                        "finder.filter.neighbourhood",
                                        results.counts(OfferingSearch.NEIGHBOURHOOD),
                                        query.buurt(),
                                        byLabel(neighbourhoodLabels(query.wijk())),
                                        locale),
                                filter(
                                        "soort",
                                        "finder.filter.kind",
                                        results.counts(OfferingSearch.KIND),
                                        query.soort(),
                                        byLabel(kindLabels(locale)),
                                        locale),
                                filter(
                                        "thema",
                                        "finder.filter.theme",
                                        results.counts(OfferingSearch.THEME),
                                        query.thema(),
                                        byLabel(labels(Vocabulary.THEME, locale)),
                                        locale),
                                filter(
                                        "doelgroep",
                                        "finder.filter.targetGroup",
                                        results.counts(OfferingSearch.TARGET_GROUP),
                                        query.doelgroep(),
                                        byLabel(labels(Vocabulary.TARGET_GROUP, locale)),
                                        locale),
                                filter(
                                        "dag",
                                        "finder.filter.day",
                                        results.counts(OfferingSearch.WEEKDAY),
                                        query.dag(),
                                        weekdayLabels(locale),
                                        locale),
                                filter(
                                        "dagdeel",
                                        "finder.filter.partOfDay",
                                        results.counts(OfferingSearch.PART_OF_DAY),
                                        query.dagdeel(),
                                        partOfDayLabels(locale),
                                        locale),
                                filter(
                                        "taal",
                                        "finder.filter.language",
                                        results.counts(OfferingSearch.LANGUAGE),
                                        query.taal(),
                                        languageLabels(locale),
                                        locale))
                        .filter(f -> !f.options().isEmpty())
                        .toList());
        model.addAttribute("freeCount", results.counts(OfferingSearch.FREE).getOrDefault(true, 0L));
        model.addAttribute(
                "wheelchairCount", results.counts(OfferingSearch.WHEELCHAIR).getOrDefault(true, 0L));
        model.addAttribute("walkInCount", results.counts(OfferingSearch.WALK_IN).getOrDefault(true, 0L));
        model.addAttribute("openNowCount", results.openNow());
        return "finder/search";
    }

    /** A filter on the parameter {@code name}, with its options in the order of the labels given. */
    private Filter filter(
            String name,
            String labelKey,
            Map<String, Long> counts,
            String chosen,
            Map<String, String> labels,
            Locale locale) {
        return new Filter(name, messages.getMessage(labelKey, null, locale), options(counts, chosen, labels, locale));
    }

    private List<ResultLine> lines(List<Hit> hits, Coordinates origin, Locale locale) {
        var when = NEXT_TIME.withLocale(locale);
        var kilometres = NumberFormat.getNumberInstance(locale);
        kilometres.setMinimumFractionDigits(1);
        kilometres.setMaximumFractionDigits(1);
        return hits.stream()
                .map(hit -> {
                    var facts = new ArrayList<String>();
                    facts.add(messages.getMessage("kind." + hit.kind(), null, locale));
                    if (!hit.placeLabel().isEmpty()) {
                        facts.add(hit.placeLabel());
                    }
                    if (hit.next() != null) {
                        facts.add(messages.getMessage(
                                "finder.result.next", new Object[] {when.format(hit.next())}, locale));
                    }
                    if (hit.free()) {
                        facts.add(messages.getMessage("finder.result.free", null, locale));
                    }
                    var distance = hit.kilometresFrom(origin);
                    if (distance != null) {
                        facts.add(messages.getMessage(
                                "finder.result.distance", new Object[] {kilometres.format(distance)}, locale));
                    }
                    return new ResultLine(
                            hit.path(),
                            hit.title(),
                            hit.summary(),
                            String.join(" · ", facts),
                            hit.temporarilyClosed(),
                            hit.stale());
                })
                .toList();
    }

    private static final DateTimeFormatter NEXT_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm");

    /** The title in lower-case letters, digits and hyphens, for a readable address. */
    static String slug(String title) {
        var unaccented =
                MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        var folded = OUTER_HYPHENS
                .matcher(NOT_SLUG.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return folded.length() > 80
                ? OUTER_HYPHENS.matcher(folded.substring(0, 80)).replaceAll("")
                : folded;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_HYPHENS = Pattern.compile("(^-|-$)");

    /**
     * Every value that has results, and the chosen one even when it has none, so it can be undone; in the order of
     * the labels given, each showing the number of results choosing it would leave ("Binnenstad (12)").
     */
    private String options(Map<String, Long> counts, String chosen, Map<String, String> labels, Locale locale) {
        var options = new FilterOptions();
        labels.forEach((value, label) -> {
            if (counts.containsKey(value) || value.equals(chosen)) {
                options.add(
                        value,
                        value.equals(chosen),
                        messages.getMessage(
                                "finder.filter.option", new Object[] {label, counts.getOrDefault(value, 0L)}, locale));
            }
        });
        return options.html();
    }

    /** The labels ordered by their text. */
    private static Map<String, String> byLabel(Map<String, String> labels) {
        var ordered = new java.util.LinkedHashMap<String, String>();
        labels.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(label -> ordered.put(label.getKey(), label.getValue()));
        return ordered;
    }

    private Map<String, String> kindLabels(Locale locale) {
        return Stream.of(Kind.values())
                .collect(java.util.stream.Collectors.toMap(
                        Kind::name, k -> messages.getMessage(k.messageKey(), null, locale)));
    }

    private Map<String, String> labels(Vocabulary vocabulary, Locale locale) {
        return taxonomy.options(vocabulary, locale).stream()
                .collect(java.util.stream.Collectors.toMap(TermOption::code, TermOption::label));
    }

    private Map<String, String> districtLabels() {
        return areas.districts().stream()
                .collect(java.util.stream.Collectors.toMap(DistrictSummary::code, DistrictSummary::name));
    }

    /** The buurten of the chosen wijk; none without a wijk, so the page stays short. */
    private Map<String, String> neighbourhoodLabels(String districtCode) {
        return areas.district(districtCode == null ? "" : districtCode).stream()
                .flatMap(d -> d.neighbourhoods().stream())
                .collect(java.util.stream.Collectors.toMap(NeighbourhoodSummary::code, NeighbourhoodSummary::name));
    }

    private static Map<String, String> weekdayLabels(Locale locale) {
        var labels = new java.util.LinkedHashMap<String, String>();
        for (var day : DayOfWeek.values()) {
            labels.put(day.name(), day.getDisplayName(TextStyle.FULL, locale));
        }
        return labels;
    }

    private Map<String, String> partOfDayLabels(Locale locale) {
        var labels = new java.util.LinkedHashMap<String, String>();
        for (var part : SearchEntry.PartOfDay.values()) {
            labels.put(part.name(), messages.getMessage("finder.partOfDay." + part.name(), null, locale));
        }
        return labels;
    }

    private static final Map<Locale, Map<String, String>> LANGUAGE_LABELS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, String> languageLabels(Locale locale) {
        return LANGUAGE_LABELS.computeIfAbsent(
                locale,
                l -> byLabel(Stream.of(Locale.getISOLanguages())
                        .collect(java.util.stream.Collectors.toMap(
                                Function.identity(),
                                code -> Locale.forLanguageTag(code).getDisplayLanguage(l)))));
    }
}
