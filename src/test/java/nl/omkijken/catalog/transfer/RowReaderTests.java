package nl.omkijken.catalog.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.omkijken.catalog.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

class RowReaderTests {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    final RowReader reader = new RowReader(
            Map.of("taal", UUID.randomUUID(), "ontmoeten", UUID.randomUUID()),
            Map.of("nieuwkomers", UUID.randomUUID()),
            new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator()),
            messages(),
            DUTCH);

    @Test
    void readsAGoodRowIntoTheFormWithoutProblems() throws Exception {
        var rows = read(ImportFiles.file(List.of(ImportFiles.good(1))));

        assertThat(rows.get(0).problems()).isEmpty();
        var form = rows.get(0).form();
        assertThat(form.kind()).isEqualTo(Kind.ACTIVITY);
        assertThat(form.themeIds()).hasSize(2);
        assertThat(form.free()).isFalse();
        assertThat(form.costAmount()).isEqualTo("2,50");
        assertThat(form.description()).contains("\"iedereen\"");
        assertThat(form.languages()).containsExactlyInAnyOrder("nl", "en");
    }

    @Test
    void numbersRowsAsASpreadsheetDoesAndNamesTheColumnInDutch() throws Exception {
        var rows = new ArrayList<>(ImportFiles.goodRows(3));
        rows.set(1, rows.get(1).replace("ACTIVITY", "PICKNICK").replace("16;", "70;12"));

        var problems = read(ImportFiles.file(rows)).stream()
                .flatMap(r -> r.problems().stream())
                .toList();

        assertThat(problems)
                .extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(3L, "soort"), tuple(3L, "leeftijd_tot"));
        assertThat(problems.get(0).message()).startsWith("PICKNICK kennen we niet. Kies uit: ACTIVITY");
        assertThat(problems.get(1).message())
                .isEqualTo("De leeftijd tot en met moet hoger zijn dan de leeftijd vanaf.");
    }

    @Test
    void checksEveryFieldWithTheRulesOfTheForm() throws Exception {
        var row = ImportFiles.line(
                ';',
                "",
                "x".repeat(301),
                "",
                "",
                "onbekend",
                "",
                "",
                "nl|xx1",
                "misschien",
                "abc",
                "",
                "twaalf",
                "",
                "",
                "",
                "geen-mail",
                "12");

        var problems = read(ImportFiles.file(List.of(row))).get(0).problems();

        assertThat(problems)
                .extracting(ImportProblem::column, ImportProblem::message)
                .contains(
                        tuple("titel", "Vul dit veld in."),
                        tuple("samenvatting", "Gebruik niet meer dan 300 tekens."),
                        tuple("soort", "Maak een keuze."),
                        tuple("themas", "De code onbekend kennen we niet. Gebruik een code uit de lijst in de uitleg."),
                        tuple("doelgroepen", "Kies er minstens een."),
                        tuple("talen", "Kies alleen talen uit de lijst."),
                        tuple("gratis", "Vul ja of nee in."),
                        tuple("prijs", "Vul een bedrag in zoals 2,50."),
                        tuple("leeftijd_vanaf", "Vul een heel getal in, zoals 12."),
                        tuple("meedoen", "Maak een keuze."),
                        tuple("contact_email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
                        tuple("contact_telefoon", "Deze waarde heeft niet de goede vorm."));
    }

    @Test
    void readsCommasAndAByteOrderMarkAsWell() throws Exception {
        var values = org.apache.commons.csv.CSVParser.parse(
                        ImportFiles.good(2),
                        org.apache.commons.csv.CSVFormat.DEFAULT
                                .builder()
                                .setDelimiter(';')
                                .get())
                .getRecords()
                .get(0)
                .values();
        var text = "\uFEFF" + String.join(",", Column.headers()) + "\n" + ImportFiles.line(',', values) + "\n";

        var rows = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).problems()).isEmpty();
    }

    @Test
    void refusesFilesThatAreNotCsvTextOrTooLong() {
        assertThatThrownBy(() -> OfferingCsv.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}))
                .isInstanceOf(ImportRefused.class)
                .extracting(e -> ((ImportRefused) e).code())
                .isEqualTo("import.refused.notCsv");
        assertThatThrownBy(() -> OfferingCsv.read("naam;adres\nx;y\n".getBytes(StandardCharsets.UTF_8)))
                .extracting(e -> ((ImportRefused) e).code())
                .isEqualTo("import.refused.columns");
        assertThatThrownBy(() -> OfferingCsv.read(ImportFiles.file(ImportFiles.goodRows(10_001))))
                .extracting(e -> ((ImportRefused) e).code())
                .isEqualTo("import.refused.tooManyRows");
        assertThatThrownBy(() -> OfferingCsv.read(new byte[(int) OfferingCsv.MAX_BYTES + 1]))
                .extracting(e -> ((ImportRefused) e).code())
                .isEqualTo("import.refused.tooLarge");
    }

    private List<RowReader.Row> read(byte[] file) throws ImportRefused {
        return OfferingCsv.read(file).stream().map(reader::read).toList();
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
