package nl.omkijken.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The filters of the access log as the GET form sends them, kept as typed so that the page shows them back.
 *
 * @param medewerker the e-mail address of a staff member
 * @param soort a subject type, such as {@code help-post}
 * @param van the first day, as a date field sends it ({@code 2026-05-01}) or as a person types it ({@code 1-5-2026})
 * @param tot the last day, included
 */
record AccessLogForm(String medewerker, String soort, String van, String tot) {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

    AccessLogForm {
        medewerker = medewerker == null ? "" : medewerker.strip();
        soort = soort == null ? "" : soort.strip();
        van = van == null ? "" : van.strip();
        tot = tot == null ? "" : tot.strip();
    }

    Optional<LocalDate> from() {
        return date(van);
    }

    Optional<LocalDate> to() {
        return date(tot);
    }

    /** What is wrong with the dates, as message keys per field; empty when they can be used. */
    Map<String, String> dateProblems() {
        var problems = new LinkedHashMap<String, String>();
        if (!van.isEmpty() && from().isEmpty()) {
            problems.put("van", "audit.filter.date.invalid");
        }
        if (!tot.isEmpty() && to().isEmpty()) {
            problems.put("tot", "audit.filter.date.invalid");
        }
        if (problems.isEmpty()
                && from().isPresent()
                && to().isPresent()
                && to().get().isBefore(from().get())) {
            problems.put("tot", "audit.filter.date.beforeFrom");
        }
        return problems;
    }

    private static Optional<LocalDate> date(String text) {
        for (var format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisOne) {
                // the next format may fit
            }
        }
        return Optional.empty();
    }
}
