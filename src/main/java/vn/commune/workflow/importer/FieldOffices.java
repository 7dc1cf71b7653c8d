package vn.commune.workflow.importer;

import java.util.List;

/**
 * A line of "Tổ chức thực hiện" that gives offices a field of work: "Phòng Kinh tế: chủ trì các nhiệm vụ
 * về nông nghiệp, ngân sách" gives {@code officeText} "Phòng Kinh tế" and {@code fields} ["nông nghiệp",
 * "ngân sách"]. Tasks whose title names a field get those offices suggested as lead.
 */
public record FieldOffices(String where, String officeText, List<String> fields) {
    public FieldOffices {
        fields = List.copyOf(fields);
    }
}
