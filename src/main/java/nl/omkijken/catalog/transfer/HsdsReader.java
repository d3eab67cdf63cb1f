package nl.omkijken.catalog.transfer;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.catalog.Ambition;
import nl.omkijken.catalog.ClosedPeriod;
import nl.omkijken.catalog.Drafts;
import nl.omkijken.catalog.HowToJoin;
import nl.omkijken.catalog.HsdsDocuments;
import nl.omkijken.catalog.HsdsTaxonomies;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.OfferingForm;
import nl.omkijken.catalog.ScheduleForm;
import nl.omkijken.catalog.SchedulePattern;
import org.springframework.context.MessageSource;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Validator;
import tools.jackson.databind.JsonNode;

/**
 * Turns one HSDS 3.0 service into the draft a provider would have filled in, read the way {@link HsdsDocuments}
 * writes it: the first paragraph of the description is the summary; kind, ambitions, how to join, themes and target
 * groups are attributes with terms of Omkijken's taxonomies; a schedule with only valid_from and valid_to is a closed
 * period of the service. Every problem is reported with the HSDS field it is in.
 */
class HsdsReader {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Map<String, UUID> themes;
    private final Map<String, UUID> targetGroups;
    private final Set<UUID> ownLocations;
    private final Drafts drafts;
    private final Validator validator;
    private final MessageSource messages;
    private final Locale locale;

    HsdsReader(
            Map<String, UUID> themes,
            Map<String, UUID> targetGroups,
            Set<UUID> ownLocations,
            Drafts drafts,
            Validator validator,
            MessageSource messages,
            Locale locale) {
        this.themes = themes;
        this.targetGroups = targetGroups;
        this.ownLocations = ownLocations;
        this.drafts = drafts;
        this.validator = validator;
        this.messages = messages;
        this.locale = locale;
    }

    record Row(Drafts.Draft draft, List<ImportProblem> problems) {}

    /** @param number the service's place in the file, counted from 1 */
    Row read(JsonNode service, long number) {
        var found = new LinkedHashMap<String, ImportProblem.Draft>();
        var description = text(service, "description");
        var split = description.indexOf(HsdsDocuments.SUMMARY_SEPARATOR);
        var summary = split < 0 ? description : description.substring(0, split).strip();
        var rest = split < 0 ? "" : description.substring(split).strip();
        var classes = new Classes(found);
        for (var attribute : service.path("attributes")) {
            classes.add(attribute);
        }
        var cost = service.path("cost_options").path(0);
        var fees = text(service, "fees_description");
        var amount = cost.path("amount");
        var free = amount.isMissingNode() && (fees.isEmpty() || fees.equalsIgnoreCase("gratis"));
        var contact = service.path("contacts").path(0);
        var form = new OfferingForm(
                text(service, "name"),
                summary,
                rest,
                classes.kind,
                classes.themes,
                classes.targetGroups,
                classes.ambitions,
                languages(service, found),
                free,
                amount.isNumber() ? amount.decimalValue().toPlainString() : amountText(amount, found),
                free ? "" : firstPresent(text(cost, "amount_description"), fees.equals("Gratis") ? "" : fees),
                age(service, "minimum_age", found),
                age(service, "maximum_age", found),
                classes.howToJoin,
                text(contact, "name"),
                firstPresent(text(contact, "email"), text(service, "email")),
                text(contact.path("phones").path(0), "number"),
                locations(service, found),
                0L);
        var schedules = schedules(service, found);
        var problems = new ArrayList<ImportProblem>();
        formProblems(form, found);
        found.forEach(
                (field, draft) -> problems.add(new ImportProblem(number, field, messages.getMessage(draft, locale))));
        return new Row(new Drafts.Draft(form, schedules), problems);
    }

    private void formProblems(OfferingForm form, Map<String, ImportProblem.Draft> found) {
        var errors = new DirectFieldBindingResult(form, "form");
        validator.validate(form, errors);
        form.validate(errors);
        for (var error : errors.getFieldErrors()) {
            found.putIfAbsent(fieldOf(error.getField()), ImportProblem.Draft.of(error));
        }
    }

    /** The HSDS field a form field is read from. */
    private static String fieldOf(String formField) {
        var name = formField.contains("[") ? formField.substring(0, formField.indexOf('[')) : formField;
        return switch (name) {
            case "title" -> "name";
            case "summary", "description" -> "description";
            case "kind" -> "attributes (" + HsdsTaxonomies.KIND.code() + ")";
            case "themeIds" -> "attributes (" + HsdsTaxonomies.THEME.code() + ")";
            case "targetGroupIds" -> "attributes (" + HsdsTaxonomies.TARGET_GROUP.code() + ")";
            case "ambitions" -> "attributes (" + HsdsTaxonomies.AMBITION.code() + ")";
            case "howToJoin" -> "attributes (" + HsdsTaxonomies.HOW_TO_JOIN.code() + ")";
            case "languages" -> "languages";
            case "free", "costAmount", "costExplanation" -> "cost_options";
            case "minAge" -> "minimum_age";
            case "maxAge" -> "maximum_age";
            case "contactName" -> "contacts.name";
            case "contactEmail" -> "contacts.email";
            case "contactPhone" -> "contacts.phones.number";
            case "locationIds" -> "service_at_locations";
            default -> name;
        };
    }

    /** The classifications in the service's attributes; terms of other taxonomies are left alone. */
    private final class Classes {

        private final Map<String, ImportProblem.Draft> found;
        Kind kind;
        HowToJoin howToJoin;
        final Set<UUID> themes = new HashSet<>();
        final Set<UUID> targetGroups = new HashSet<>();
        final Set<Ambition> ambitions = new HashSet<>();

        Classes(Map<String, ImportProblem.Draft> found) {
            this.found = found;
        }

        void add(JsonNode attribute) {
            var term = attribute.path("taxonomy_term");
            var taxonomy = text(term, "taxonomy");
            var code = text(term, "code");
            if (taxonomy.equals(HsdsTaxonomies.KIND.code())) {
                kind = choice(Kind.class, code, taxonomy);
            } else if (taxonomy.equals(HsdsTaxonomies.HOW_TO_JOIN.code())) {
                howToJoin = choice(HowToJoin.class, code, taxonomy);
            } else if (taxonomy.equals(HsdsTaxonomies.AMBITION.code())) {
                var ambition = java.util.Arrays.stream(Ambition.values())
                        .filter(a -> a.budgetGoal().equals(code) || a.name().equalsIgnoreCase(code))
                        .findFirst();
                ambition.ifPresentOrElse(ambitions::add, () -> unknown(taxonomy, code));
            } else if (taxonomy.equals(HsdsTaxonomies.THEME.code())) {
                term(HsdsReader.this.themes, themes, taxonomy, code);
            } else if (taxonomy.equals(HsdsTaxonomies.TARGET_GROUP.code())) {
                term(HsdsReader.this.targetGroups, targetGroups, taxonomy, code);
            }
        }

        private void term(Map<String, UUID> known, Set<UUID> into, String taxonomy, String code) {
            var id = known.get(code.toLowerCase(Locale.ROOT));
            if (id == null) {
                unknown(taxonomy, code);
            } else {
                into.add(id);
            }
        }

        private <T extends Enum<T>> T choice(Class<T> type, String code, String taxonomy) {
            try {
                return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                unknown(taxonomy, code);
                return null;
            }
        }

        private void unknown(String taxonomy, String code) {
            found.put("attributes (" + taxonomy + ")", ImportProblem.Draft.of("import.code.unknown", code));
        }
    }

    private static Set<String> languages(JsonNode service, Map<String, ImportProblem.Draft> found) {
        var languages = new HashSet<String>();
        for (var language : service.path("languages")) {
            var code = text(language, "code").toLowerCase(Locale.ROOT);
            if (code.matches("[a-z]{2}")) {
                languages.add(code);
            } else {
                found.put("languages", ImportProblem.Draft.of("offering.languages.unknown"));
            }
        }
        return languages;
    }

    private static String amountText(JsonNode amount, Map<String, ImportProblem.Draft> found) {
        if (amount.isMissingNode() || amount.isNull()) {
            return "";
        }
        try {
            return new BigDecimal(amount.asString().replace(',', '.')).toPlainString();
        } catch (NumberFormatException e) {
            found.put("cost_options", ImportProblem.Draft.of("import.hsds.amount", amount.asString()));
            return "";
        }
    }

    private static Integer age(JsonNode service, String field, Map<String, ImportProblem.Draft> found) {
        var value = service.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()
                || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) {
            return value.intValue();
        }
        found.put(field, ImportProblem.Draft.of("import.number", value.asString()));
        return null;
    }

    private Set<UUID> locations(JsonNode service, Map<String, ImportProblem.Draft> found) {
        var ids = new HashSet<UUID>();
        for (var at : service.path("service_at_locations")) {
            var id = firstPresent(text(at, "location_id"), text(at.path("location"), "id"));
            try {
                var location = UUID.fromString(id);
                if (ownLocations.contains(location)) {
                    ids.add(location);
                    continue;
                }
            } catch (IllegalArgumentException e) {
                // Reported below, like a location of someone else.
            }
            var name = firstPresent(text(at.path("location"), "name"), id);
            found.put("service_at_locations", ImportProblem.Draft.of("import.hsds.location.unknown", name));
        }
        return ids;
    }

    /**
     * The service's schedules as forms. A schedule with a valid_from and valid_to but no opening times is a period
     * in which the service is closed; it is added to every schedule of the service.
     */
    private List<ScheduleForm> schedules(JsonNode service, Map<String, ImportProblem.Draft> found) {
        var closed = new ArrayList<ClosedPeriod>();
        var open = new ArrayList<JsonNode>();
        for (var schedule : service.path("schedules")) {
            if (text(schedule, "freq").isEmpty()
                    && text(schedule, "opens_at").isEmpty()
                    && !text(schedule, "valid_to").isEmpty()) {
                var from = date(schedule, "valid_from", found);
                var until = date(schedule, "valid_to", found);
                if (from != null && until != null) {
                    closed.add(new ClosedPeriod(from, until, closedReason(text(schedule, "description"))));
                }
            } else {
                open.add(schedule);
            }
        }
        var forms = new ArrayList<ScheduleForm>();
        for (var i = 0; i < open.size(); i++) {
            var field = "schedules[" + i + "]";
            var form = schedule(open.get(i), closed, field, found);
            if (form == null) {
                continue;
            }
            var problems = drafts.problems(form);
            if (problems.isEmpty()) {
                forms.add(form);
            } else {
                var first = problems.get(0);
                found.putIfAbsent(field, ImportProblem.Draft.of(first.code()));
            }
        }
        return forms;
    }

    private static String closedReason(String description) {
        var colon = description.indexOf(": ");
        var reason = description.startsWith("Dicht van ") && colon > 0 ? description.substring(colon + 2) : description;
        return reason.length() > 200 ? reason.substring(0, 200) : reason;
    }

    private ScheduleForm schedule(
            JsonNode schedule, List<ClosedPeriod> closed, String field, Map<String, ImportProblem.Draft> found) {
        var start = date(schedule, "dtstart", found);
        if (start == null) {
            start = date(schedule, "valid_from", found);
        }
        var until = date(schedule, "until", found);
        if (until == null) {
            until = date(schedule, "valid_to", found);
        }
        var opens = time(schedule, "opens_at", start, field, found);
        var closes = time(schedule, "closes_at", start, field, found);
        if (start == null || opens == null || closes == null) {
            found.putIfAbsent(field, ImportProblem.Draft.of("import.hsds.schedule.incomplete"));
            return null;
        }
        var freq = text(schedule, "freq");
        var byday = text(schedule, "byday").toUpperCase(Locale.ROOT);
        var interval = schedule.path("interval").asInt(1);
        try {
            return switch (freq) {
                case "" ->
                    new ScheduleForm(SchedulePattern.ONCE, Set.of(), false, null, opens, closes, start, null, closed);
                case "WEEKLY" ->
                    new ScheduleForm(
                            SchedulePattern.WEEKLY,
                            days(byday),
                            interval == 2,
                            null,
                            opens,
                            closes,
                            start,
                            until,
                            closed);
                case "MONTHLY" -> {
                    var week = Integer.parseInt(byday.substring(0, byday.length() - 2));
                    yield new ScheduleForm(
                            SchedulePattern.MONTHLY,
                            days(byday.substring(byday.length() - 2)),
                            false,
                            week,
                            opens,
                            closes,
                            start,
                            until,
                            closed);
                }
                default -> throw new IllegalArgumentException(freq);
            };
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            found.putIfAbsent(field, ImportProblem.Draft.of("import.hsds.schedule.rule"));
            return null;
        }
    }

    private static Set<DayOfWeek> days(String byday) {
        var days = new HashSet<DayOfWeek>();
        for (var code : byday.split(",")) {
            days.add(
                    switch (code.strip()) {
                        case "MO" -> DayOfWeek.MONDAY;
                        case "TU" -> DayOfWeek.TUESDAY;
                        case "WE" -> DayOfWeek.WEDNESDAY;
                        case "TH" -> DayOfWeek.THURSDAY;
                        case "FR" -> DayOfWeek.FRIDAY;
                        case "SA" -> DayOfWeek.SATURDAY;
                        case "SU" -> DayOfWeek.SUNDAY;
                        default -> throw new IllegalArgumentException(code);
                    });
        }
        return days;
    }

    private static LocalDate date(JsonNode node, String field, Map<String, ImportProblem.Draft> found) {
        var value = text(node, field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            found.putIfAbsent("schedules", ImportProblem.Draft.of("import.hsds.date", value));
            return null;
        }
    }

    /** A time of day; one with an offset ("09:00:00Z") is turned into Amsterdam time on the first day. */
    private static LocalTime time(
            JsonNode node, String name, LocalDate day, String field, Map<String, ImportProblem.Draft> found) {
        var value = text(node, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                var offset = OffsetTime.parse(
                        value.length() == 6 || value.matches("\\d\\d:\\d\\d[+-Z].*")
                                ? value.substring(0, 5) + ":00" + value.substring(5)
                                : value);
                var on = day == null ? LocalDate.now(AMSTERDAM) : day;
                return offset.atDate(on).atZoneSameInstant(AMSTERDAM).toLocalTime();
            }
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            found.putIfAbsent(field, ImportProblem.Draft.of("import.hsds.time", value));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isString() || value.isNumber() ? value.asString().strip() : "";
    }

    private static String firstPresent(String first, String second) {
        return first.isEmpty() ? second : first;
    }
}
