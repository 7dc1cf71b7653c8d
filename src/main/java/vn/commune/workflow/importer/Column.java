package vn.commune.workflow.importer;

import java.util.List;
import java.util.regex.Pattern;

/** The columns of a task list, recognised by their Vietnamese headings or labels in any accenting. */
enum Column {
    NUMBER("^(?:s?tt|so tt|so thu tu)$"),
    DEADLINE("\\b(?:thoi gian|thoi han|tien do|han hoan thanh)\\b"),
    COORDINATING("\\bphoi hop\\b"),
    LEAD("\\bchu tri\\b|^(?:co quan|don vi) thuc hien\\b"),
    RESULT("\\b(?:ket qua|san pham)\\b"),
    TITLE("^(?:ten nhiem vu|noi dung|nhiem vu|ten cong viec|cong viec|ten hoat dong)\\b");

    /** Checked in this order: "Thời gian thực hiện" is a deadline although "thực hiện" also names a lead. */
    private static final List<Column> ORDER = List.of(NUMBER, DEADLINE, COORDINATING, LEAD, RESULT, TITLE);

    private final Pattern heading;

    Column(String heading) {
        this.heading = Pattern.compile(heading);
    }

    static Column of(String heading) {
        String key = Fold.key(heading);
        for (Column column : ORDER) {
            if (column.heading.matcher(key).find()) {
                return column;
            }
        }
        return null;
    }
}
