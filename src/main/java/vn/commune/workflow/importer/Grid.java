package vn.commune.workflow.importer;

import java.util.List;

/**
 * A table of cell texts from a Word table, a worksheet or a CSV file ({@code null} for an empty cell).
 * {@code label} names the table in messages ("bảng 1", "trang tính «Nhiệm vụ»"; empty for CSV).
 */
record Grid(String label, List<List<String>> rows) {
    String where(int row) {
        return (label.isEmpty() ? "" : label + ", ") + "hàng " + (row + 1);
    }

    String cell(int row, Integer column) {
        List<String> cells = rows.get(row);
        return column == null || column >= cells.size() ? null : cells.get(column);
    }
}
