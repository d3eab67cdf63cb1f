package nl.omkijken.catalog.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the import file: UTF-8 with or without byte order mark, separated by commas or by the semicolons Dutch Excel
 * writes.
 */
final class OfferingCsv {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 10_000;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private OfferingCsv() {}

    static List<CSVRecord> read(byte[] bytes) throws ImportRefused {
        if (bytes.length > MAX_BYTES) {
            throw new ImportRefused("import.refused.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        var text = text(bytes);
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiterOf(text))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (var parser = CSVParser.parse(text, format)) {
            requireColumns(parser.getHeaderNames());
            var records = new ArrayList<CSVRecord>();
            for (var record : parser) {
                if (records.size() == MAX_ROWS) {
                    throw new ImportRefused("import.refused.tooManyRows", MAX_ROWS);
                }
                records.add(record);
            }
            return records;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ImportRefused("import.refused.notCsv");
        }
    }

    private static String text(byte[] bytes) throws ImportRefused {
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.indexOf('\0') >= 0 || text.isBlank()) {
                throw new ImportRefused("import.refused.notCsv");
            }
            return text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportRefused("import.refused.notCsv");
        }
    }

    /** Whichever of semicolon and comma the header line holds more of. */
    private static char delimiterOf(String text) {
        var end = text.indexOf('\n');
        var header = end < 0 ? text : text.substring(0, end);
        var semicolons = header.chars().filter(c -> c == ';').count();
        var commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static void requireColumns(List<String> names) throws ImportRefused {
        var present = names.stream().map(n -> n.strip().toLowerCase()).toList();
        var missing = Arrays.stream(Column.headers())
                .filter(h -> !present.contains(h))
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportRefused("import.refused.columns", String.join(", ", missing));
        }
    }
}
