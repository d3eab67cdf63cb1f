package nl.omkijken.catalog.transfer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.omkijken.catalog.OfferingEditing;
import nl.omkijken.catalog.OfferingForm;
import nl.omkijken.catalog.Taxonomy;
import nl.omkijken.catalog.TermOption;
import nl.omkijken.catalog.Vocabulary;
import nl.omkijken.identity.AccountSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

/** A provider's own offerings in the import format, with byte order mark and semicolons so Excel opens it as is. */
@Service
class OfferingExport {

    private final OfferingEditing editing;
    private final Taxonomy taxonomy;

    OfferingExport(OfferingEditing editing, Taxonomy taxonomy) {
        this.editing = editing;
        this.taxonomy = taxonomy;
    }

    String csv(AccountSummary account, UUID providerId) {
        var forms = editing.formsOf(account, providerId);
        var codes = Stream.of(Vocabulary.values())
                .flatMap(v -> taxonomy.options(v, Locale.ROOT).stream())
                .collect(Collectors.toMap(TermOption::id, TermOption::code));
        var out = new StringWriter().append('\uFEFF');
        var format = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader(Column.headers())
                .get();
        try (var printer = new CSVPrinter(out, format)) {
            for (var form : forms) {
                printer.printRecord(row(form, codes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object[] row(OfferingForm form, Map<UUID, String> codes) {
        return new Object[] {
            form.title(),
            form.summary(),
            form.description(),
            form.kind() == null ? "" : form.kind().name(),
            joined(form.themeIds().stream().map(codes::get)),
            joined(form.targetGroupIds().stream().map(codes::get)),
            joined(form.ambitions().stream().map(Enum::name)),
            joined(form.languages().stream()),
            form.free() ? "ja" : "nee",
            price(form.costAmount()),
            form.costExplanation(),
            form.minAge(),
            form.maxAge(),
            form.howToJoin() == null ? "" : form.howToJoin().name(),
            form.contactName(),
            form.contactEmail(),
            form.contactPhone()
        };
    }

    private static String joined(Stream<String> values) {
        return values.filter(Objects::nonNull).sorted().collect(Collectors.joining(Column.SEPARATOR));
    }

    private static String price(String amount) {
        return amount == null || amount.isBlank()
                ? ""
                : new BigDecimal(amount).setScale(2).toPlainString().replace('.', ',');
    }
}
