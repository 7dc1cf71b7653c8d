package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.commune.workflow.system.Problem;

/**
 * The indicator table (Trường Giang, Phụ lục I) of a PDF text copy: "STT Tên chỉ tiêu …" with one
 * column per year, rows numbered "1", "1.1"…. A sub-row without an office shares its previous
 * sibling's, as the table merges that column over sibling rows.
 */
final class TextIndicatorTable {
    private static final Pattern HEADER = Pattern.compile("^s?tt ten chi tieu\\b.*");
    private static final Pattern ROW = Pattern.compile("^(\\d{1,2})(?:\\.(\\d{1,2}))?\\.?(?:\\s+(\\p{Lu}.*))?$");
    private static final Pattern YEAR = Pattern.compile("\\b20\\d\\d\\b");
    private static final Pattern TABLE_END = Pattern.compile("^(?:ghi chu|phu luc|noi nhan)\\b.*");

    private record Row(String number, String where, List<String> lines) {}

    private TextIndicatorTable() {}

    static List<ParsedIndicator> read(List<SourceLine> lines, List<Problem> warnings) {
        int start = 0;
        while (start < lines.size() && !HEADER.matcher(lines.get(start).key()).matches()) {
            start++;
        }
        List<String> years = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int top = 0;
        int sub = 0;
        for (int i = start; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Matcher row = ROW.matcher(line.text());
            int major = row.matches() ? Integer.parseInt(row.group(1)) : -1;
            int minor = row.matches() && row.group(2) != null ? Integer.parseInt(row.group(2)) : 0;
            if (TABLE_END.matcher(line.key()).matches()) {
                break;
            } else if (minor == 0 && major == top + 1
                    || minor > 0 && (major == top && minor == sub + 1 || major == top + 1 && minor == 1)) {
                top = major;
                sub = minor;
                String number = minor == 0 ? row.group(1) : row.group(1) + "." + row.group(2);
                rows.add(new Row(number, line.where(), new ArrayList<>()));
                if (row.group(3) != null) {
                    rows.get(rows.size() - 1).lines().add(row.group(3));
                }
            } else if (rows.isEmpty()) {
                YEAR.matcher(line.text()).results().forEach(year -> years.add(year.group()));
            } else {
                rows.get(rows.size() - 1).lines().add(line.text());
            }
        }
        return indicators(rows, years, warnings);
    }

    private static List<ParsedIndicator> indicators(List<Row> rows, List<String> years, List<Problem> warnings) {
        List<ParsedIndicator> indicators = new ArrayList<>();
        String siblingOffice = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            IndicatorRow parsed = IndicatorRow.parse(row.lines());
            boolean parent = i + 1 < rows.size() && rows.get(i + 1).number().startsWith(row.number() + ".");
            boolean subRow = row.number().contains(".");
            String office = parsed.office() != null || !subRow ? parsed.office() : siblingOffice;
            siblingOffice = office;
            Map<String, String> targets = new LinkedHashMap<>();
            if (parsed.values().size() == years.size()) {
                for (int y = 0; y < years.size(); y++) {
                    targets.put(years.get(y), parsed.values().get(y));
                }
            } else if (!parent && parsed.values().isEmpty()) {
                warnings.add(
                        new Problem(row.where(), "Chỉ tiêu " + row.number() + " chưa có giá trị mục tiêu theo năm."));
            } else if (!parent) {
                warnings.add(new Problem(
                        row.where(),
                        "Chỉ tiêu " + row.number() + ": đọc được "
                                + parsed.values().size()
                                + " giá trị («" + String.join(" ", parsed.values()) + "») cho " + years.size()
                                + " mốc năm, không rõ giá trị nào của năm nào; cần nhập tay."));
            }
            indicators.add(new ParsedIndicator(row.number(), parsed.name(), parsed.unit(), targets, office));
        }
        return indicators;
    }
}
