package vn.commune.workflow.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A task list saved as CSV, a row per task; Excel in Vietnamese saves with ";" so the separator is detected. */
final class CsvPlanReader {
    static final int MAX_ROWS = 10_000;

    private CsvPlanReader() {}

    static ParsedPlan read(byte[] content) {
        return TablePlan.read(List.of(grid(content)));
    }

    /** The file's cells, as text. */
    static Grid grid(byte[] content) {
        String text = Utf8Text.decode(content);
        CSVFormat format =
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw PlanReadException.of(
                            "hàng " + (MAX_ROWS + 1),
                            "Tệp CSV có hơn " + MAX_ROWS
                                    + " hàng; một kế hoạch không dài như vậy, hãy kiểm tra lại tệp.");
                }
                rows.add(record.stream().map(Texts::cell).toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw PlanReadException.of(
                    "hàng " + (rows.size() + 1), "Tệp CSV sai cú pháp (thường do dấu ngoặc kép không được đóng).");
        }
        return new Grid("", rows);
    }

    /** The separator used most on the first non-empty line. */
    private static char delimiter(String text) {
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
