package vn.commune.workflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's one table: each metric of the product beside the raw model, its target and whether it is met. */
final class Results {

    private static final String[] HEADINGS = {"metric", "product", "raw model", "ratio", "target", "met?", "scale"};

    private final Scale scale;
    private final Path dir;
    private final String machine;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Written to {@code dir} after every figure: a run cut short keeps what it measured. */
    Results(Scale scale, Path dir, String machine) {
        this.scale = scale;
        this.dir = dir;
        this.machine = machine;
    }

    /** A figure where lower is better; the ratio is product / raw. */
    void lowerIsBetter(String metric, String unit, Double product, Double raw, String target, Boolean met) {
        add(metric, format(product, unit), format(raw, unit), ratio(product, raw), target, met);
    }

    /** A figure where higher is better (a rate); the ratio is product / raw. */
    void higherIsBetter(String metric, String unit, Double product, Double raw, String target, Boolean met) {
        add(metric, format(product, unit), format(raw, unit), ratio(product, raw), target, met);
    }

    void add(String metric, String product, String raw, String ratio, String target, Boolean met) {
        rows.add(new String[] {
            metric, product, raw, ratio, target, met == null ? "n/a" : met ? "yes" : "NO", scaleLabel()
        });
        write();
    }

    void note(String note) {
        notes.add(note);
        write();
    }

    private String scaleLabel() {
        return String.format(Locale.ROOT, "%.2f", scale.factor());
    }

    static String format(Double value, String unit) {
        if (value == null) {
            return "n/a";
        }
        String number =
                value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
        return unit.isEmpty() ? number : number + " " + unit;
    }

    private static String ratio(Double product, Double raw) {
        return product == null || raw == null || raw == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f×", product / raw);
    }

    String table() {
        int[] widths = new int[HEADINGS.length];
        for (int c = 0; c < HEADINGS.length; c++) {
            widths[c] = HEADINGS[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, HEADINGS, widths);
        String[] rule = new String[HEADINGS.length];
        for (int c = 0; c < rule.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        appendRow(out, rule, widths);
        rows.forEach(row -> appendRow(out, row, widths));
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int c = 0; c < cells.length; c++) {
            out.append(' ')
                    .append(String.format("%-" + widths[c] + "s", cells[c]))
                    .append(" |");
        }
        out.append('\n');
    }

    /** results.md (the table, the scale and the notes) and results.csv. */
    private void write() {
        try {
            writeFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeFiles() throws IOException {
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder("# Province benchmark\n\n")
                .append("Scale ")
                .append(scaleLabel())
                .append(": ")
                .append(scale.label())
                .append(". Machine: ")
                .append(machine)
                .append("\n\n")
                .append(table());
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        Files.writeString(dir.resolve("results.md"), md, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(String.join(",", HEADINGS)).append('\n');
        for (String[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add('"' + cell.replace("\"", "\"\"") + '"');
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(dir.resolve("results.csv"), csv, StandardCharsets.UTF_8);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
