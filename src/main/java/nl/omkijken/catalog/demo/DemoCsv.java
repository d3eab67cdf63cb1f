package nl.omkijken.catalog.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads the demo files under catalog/demo/: UTF-8 CSV with a header row. */
final class DemoCsv {

    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private DemoCsv() {}

    static List<CSVRecord> read(String name) {
        var file = new ClassPathResource("catalog/demo/" + name);
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return CSV.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo file " + name, e);
        }
    }

    /** A blank cell is no value. */
    static String optional(CSVRecord row, String column) {
        var value = row.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    static Integer number(CSVRecord row, String column) {
        var value = optional(row, column);
        return value == null ? null : Integer.valueOf(value);
    }

    /** A cell with several values separated by semicolons. */
    static List<String> list(CSVRecord row, String column) {
        return Arrays.stream(row.get(column).split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
