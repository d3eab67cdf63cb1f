package nl.omkijken.catalog.transfer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;

/** Import files for the tests: a header and good rows, with a row replaced where a test wants a fault. */
final class ImportFiles {

    private ImportFiles() {}

    static String good(int number) {
        return line(
                ';',
                "Taalcafé " + number,
                "Elke week samen praten in eenvoudig Nederlands.",
                "Koffie en thee staan klaar; \"iedereen\" is welkom.",
                "ACTIVITY",
                "taal|ontmoeten",
                "nieuwkomers",
                "EQUAL_OPPORTUNITIES|MEANINGFUL_CONTACTS",
                "nl|en",
                number % 2 == 0 ? "ja" : "nee",
                number % 2 == 0 ? "" : "2,50",
                "Koffie is gratis.",
                "16",
                "",
                "WALK_IN",
                "Fatima",
                "taal@voorbeeld.nl",
                "038 123 45 67");
    }

    static String line(char delimiter, String... values) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().format((Object[]) values);
    }

    /** {@code rows} good rows; data row i is spreadsheet row i + 1. */
    static List<String> goodRows(int rows) {
        return IntStream.rangeClosed(1, rows).mapToObj(ImportFiles::good).toList();
    }

    static byte[] file(List<String> rows) {
        return (String.join(";", Column.headers()) + "\r\n" + rows.stream().collect(Collectors.joining("\r\n"))
                        + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
