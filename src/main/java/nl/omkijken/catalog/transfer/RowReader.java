package nl.omkijken.catalog.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.omkijken.catalog.Ambition;
import nl.omkijken.catalog.HowToJoin;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.OfferingForm;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Validator;

/**
 * Turns one row of the file into the offering form a provider would have filled in, and checks it with the form's own
 * rules. What cannot even be put into the form, such as an unknown kind, is reported here in the form's words.
 */
class RowReader {

    private final Map<String, UUID> themes;
    private final Map<String, UUID> targetGroups;
    private final Validator validator;
    private final MessageSource messages;
    private final Locale locale;

    RowReader(
            Map<String, UUID> themes,
            Map<String, UUID> targetGroups,
            Validator validator,
            MessageSource messages,
            Locale locale) {
        this.themes = themes;
        this.targetGroups = targetGroups;
        this.validator = validator;
        this.messages = messages;
        this.locale = locale;
    }

    record Row(OfferingForm form, List<ImportProblem> problems) {}

    Row read(CSVRecord record) {
        var cells = new Cells(record);
        var form = new OfferingForm(
                cells.text(Column.TITEL),
                cells.text(Column.SAMENVATTING),
                cells.text(Column.BESCHRIJVING),
                cells.choice(Column.SOORT, Kind::valueOf, Kind.values()),
                cells.codes(Column.THEMAS, themes),
                cells.codes(Column.DOELGROEPEN, targetGroups),
                cells.each(Column.AMBITIES, Ambition::valueOf, Ambition.values()),
                cells.languages(),
                cells.yesNo(Column.GRATIS),
                cells.text(Column.PRIJS),
                cells.text(Column.UITLEG_KOSTEN),
                cells.number(Column.LEEFTIJD_VANAF),
                cells.number(Column.LEEFTIJD_TOT),
                cells.choice(Column.MEEDOEN, HowToJoin::valueOf, HowToJoin.values()),
                cells.text(Column.CONTACT_NAAM),
                cells.text(Column.CONTACT_EMAIL),
                cells.text(Column.CONTACT_TELEFOON),
                Set.of(),
                0L);
        return new Row(form, problems(record.getRecordNumber() + 1, cells.problems, form));
    }

    private List<ImportProblem> problems(long row, Map<Column, ImportProblem.Draft> found, OfferingForm form) {
        var errors = new DirectFieldBindingResult(form, "form");
        validator.validate(form, errors);
        form.validate(errors);
        var all = new EnumMap<Column, ImportProblem.Draft>(found);
        for (var error : errors.getFieldErrors()) {
            Column.ofField(error.getField())
                    .ifPresent(column -> all.putIfAbsent(column, ImportProblem.Draft.of(error)));
        }
        var problems = new ArrayList<ImportProblem>();
        all.forEach((column, draft) ->
                problems.add(new ImportProblem(row, column.header(), messages.getMessage(draft, locale))));
        return problems;
    }

    /** The values of one row, read leniently; what does not fit is noted per column. */
    private static final class Cells {

        private final CSVRecord record;
        private final Map<Column, ImportProblem.Draft> problems = new EnumMap<>(Column.class);

        Cells(CSVRecord record) {
            this.record = record;
        }

        String text(Column column) {
            return record.isSet(column.header()) ? record.get(column.header()).strip() : "";
        }

        <T extends Enum<T>> T choice(Column column, Function<String, T> parse, T[] allowed) {
            var value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.put(column, ImportProblem.Draft.of("import.choice.unknown", value, names(allowed)));
                return null;
            }
        }

        <T extends Enum<T>> Set<T> each(Column column, Function<String, T> parse, T[] allowed) {
            var values = new HashSet<T>();
            for (var value : split(column)) {
                try {
                    values.add(parse.apply(value.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.put(column, ImportProblem.Draft.of("import.choice.unknown", value, names(allowed)));
                }
            }
            return values;
        }

        Set<UUID> codes(Column column, Map<String, UUID> known) {
            var ids = new HashSet<UUID>();
            for (var code : split(column)) {
                var id = known.get(code.toLowerCase(Locale.ROOT));
                if (id == null) {
                    problems.put(column, ImportProblem.Draft.of("import.code.unknown", code));
                } else {
                    ids.add(id);
                }
            }
            return ids;
        }

        Set<String> languages() {
            var languages = new HashSet<String>();
            for (var language : split(Column.TALEN)) {
                var code = language.toLowerCase(Locale.ROOT);
                if (code.matches("[a-z]{2}")) {
                    languages.add(code);
                } else {
                    problems.put(Column.TALEN, ImportProblem.Draft.of("offering.languages.unknown"));
                }
            }
            return languages;
        }

        Boolean yesNo(Column column) {
            var value = text(column).toLowerCase(Locale.ROOT);
            if (!value.equals("ja") && !value.equals("nee")) {
                problems.put(column, ImportProblem.Draft.of("import.yesNo", value));
            }
            return value.equals("ja");
        }

        Integer number(Column column) {
            var value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                problems.put(column, ImportProblem.Draft.of("import.number", value));
                return null;
            }
        }

        private List<String> split(Column column) {
            return Arrays.stream(text(column).split("\\" + Column.SEPARATOR))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .toList();
        }

        private static String names(Enum<?>[] allowed) {
            return String.join(", ", Arrays.stream(allowed).map(Enum::name).toList());
        }
    }
}
