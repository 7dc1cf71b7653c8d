package vn.commune.workflow.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.commune.workflow.importer.Fold;
import vn.commune.workflow.importer.TableFile;
import vn.commune.workflow.system.Refusal;

/**
 * The staff list a commune keeps (.xlsx, .xls, .csv): a header row naming họ tên, chức vụ, cơ quan, email,
 * điện thoại in any order and spelling (diacritics optional), then a person per row.
 */
final class StaffList {

    enum Column {
        NAME("ho ten", "ho va ten", "ten can bo", "can bo"),
        POSITION("chuc vu", "chuc danh"),
        OFFICE("co quan", "don vi", "phong ban", "bo phan", "noi cong tac"),
        EMAIL("email", "e mail", "thu dien tu"),
        PHONE("dien thoai", "so dien thoai", "sdt", "dt");

        private final String[] words;

        Column(String... words) {
            this.words = words;
        }

        boolean names(String heading) {
            for (String word : words) {
                if (heading.equals(word) || heading.startsWith(word + " ") || heading.endsWith(" " + word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final int HEADER_SEARCH_ROWS = 15;

    private StaffList() {}

    static List<PersonDraft> read(String fileName, byte[] content) {
        List<List<String>> rows;
        try {
            rows = TableFile.rows(fileName, content);
        } catch (vn.commune.workflow.importer.PlanReadException e) {
            throw Refusal.invalid(e.getMessage());
        }
        for (int h = 0; h < Math.min(rows.size(), HEADER_SEARCH_ROWS); h++) {
            Map<Column, Integer> columns = columns(rows.get(h));
            if (columns.containsKey(Column.NAME) && columns.containsKey(Column.EMAIL)) {
                return people(rows, h, columns);
            }
        }
        throw Refusal.invalid("Không tìm thấy hàng tiêu đề của danh sách: cần các cột Họ tên, Chức vụ, Cơ quan, Email,"
                + " Điện thoại (ít nhất Họ tên và Email).");
    }

    private static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String heading = Fold.key(header.get(c));
            for (Column column : Column.values()) {
                if (!heading.isEmpty() && column.names(heading)) {
                    columns.putIfAbsent(column, c);
                    break;
                }
            }
        }
        return columns;
    }

    private static List<PersonDraft> people(List<List<String>> rows, int header, Map<Column, Integer> columns) {
        List<PersonDraft> people = new ArrayList<>();
        for (int r = header + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            people.add(new PersonDraft(
                    r + 1,
                    cell(row, columns.get(Column.NAME)),
                    cell(row, columns.get(Column.POSITION)),
                    cell(row, columns.get(Column.OFFICE)),
                    null,
                    cell(row, columns.get(Column.EMAIL)),
                    cell(row, columns.get(Column.PHONE)),
                    null));
        }
        return people;
    }

    private static String cell(List<String> row, Integer column) {
        if (column == null || column >= row.size() || row.get(column) == null) {
            return "";
        }
        return row.get(column).strip();
    }
}
