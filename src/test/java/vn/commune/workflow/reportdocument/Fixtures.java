package vn.commune.workflow.reportdocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.commune.workflow.plan.TaskStatus;

/** A Trường Giang report for October 2026, with rows deliberately not in status order. */
final class Fixtures {

    static final String FIGURES = "Trong tháng 10/2026, tổng số nhiệm vụ của kế hoạch: 11, trong đó có thời hạn: 8; "
            + "hoàn thành 5/8 nhiệm vụ, đạt 62,5%; trong đó hoàn thành đúng hạn: 4, hoàn thành quá hạn: 1; "
            + "đang thực hiện trong hạn: 1; đang thực hiện quá hạn: 1; chưa đến hạn: 1. "
            + "Nhiệm vụ thường xuyên: 2. Nhiệm vụ cần định hạn: 1.";

    /** The task titles as both documents must list them: grouped by status, groups in enum order. */
    static final List<String> TITLES_IN_REPORT_ORDER = List.of(
            "11. Tổng kết, đánh giá kết quả thực hiện kế hoạch năm 2026",
            "10. Triển khai nền tảng Bình dân học vụ số cho người dân",
            "9. Lắp đặt hệ thống wifi công cộng tại nhà văn hóa các thôn",
            "4. Ban hành Kế hoạch chuyển đổi số năm 2026 của xã",
            "5. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức xã",
            "6. Rà soát, cập nhật dữ liệu dân cư trên hệ thống",
            "7. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
            "8. Xây dựng cơ sở dữ liệu hộ kinh doanh trên địa bàn xã",
            "1. Cụ thể hóa nhiệm vụ chuyển đổi số trong chương trình, kế hoạch công tác hằng năm",
            "3. Bố trí tỷ lệ phù hợp cán bộ có chuyên môn về khoa học kỹ thuật",
            "2. Tham gia Cuộc thi chuyển đổi số cấp tỉnh");

    private Fixtures() {}

    static ConsolidatedReport october() {
        return report(
                rows(),
                "125/BC-UBND",
                "Các phòng, đơn vị đã báo cáo đầy đủ, đúng thời gian quy định.\n"
                        + "Đề nghị Phòng Kinh tế khẩn trương hoàn thành lắp đặt wifi công cộng trong tháng 11/2026.",
                "Trần Văn A");
    }

    static ConsolidatedReport report(List<ReportRow> rows, String number, String remarks, String signerName) {
        return new ConsolidatedReport(
                "ỦY BAN NHÂN DÂN XÃ TRƯỜNG GIANG",
                "UBND TỈNH QUẢNG NGÃI",
                number,
                "Trường Giang",
                LocalDate.of(2026, 11, 5),
                "Kết quả thực hiện Kế hoạch số 536/QĐ-UBND tháng 10/2026",
                "tháng 10/2026",
                remarks,
                rows,
                List.of(),
                List.of(
                        "Sở Khoa học và Công nghệ (b/c)",
                        "TT Đảng ủy, TT HĐND xã (b/c);",
                        "CT, các PCT UBND xã",
                        "Lưu: VT, VHXH."),
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH",
                signerName);
    }

    static List<ReportRow> rows() {
        return List.of(
                new ReportRow(
                        "1",
                        "Cụ thể hóa nhiệm vụ chuyển đổi số trong chương trình, kế hoạch công tác hằng năm",
                        "Phòng, ban ngành",
                        "Thường xuyên",
                        null,
                        TaskStatus.ONGOING,
                        "Đã lồng ghép vào chương trình công tác tháng 10/2026",
                        List.of()),
                new ReportRow(
                        "4",
                        "Ban hành Kế hoạch chuyển đổi số năm 2026 của xã",
                        "Văn phòng HĐND và UBND xã",
                        "Tháng 3/2026",
                        LocalDate.of(2026, 3, 31),
                        TaskStatus.DONE_ON_TIME,
                        "Đã ban hành",
                        List.of("Kế hoạch số 45/KH-UBND ngày 20/3/2026")),
                new ReportRow(
                        "9",
                        "Lắp đặt hệ thống wifi công cộng tại nhà văn hóa các thôn",
                        "Phòng Kinh tế",
                        "Tháng 9/2026",
                        LocalDate.of(2026, 9, 30),
                        TaskStatus.OVERDUE,
                        "Đã lắp đặt 5/9 thôn",
                        List.of()),
                new ReportRow(
                        "5",
                        "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức xã",
                        "Phòng Văn hóa - Xã hội",
                        "Quý II/2026",
                        LocalDate.of(2026, 6, 30),
                        TaskStatus.DONE_ON_TIME,
                        "Đã tổ chức 02 lớp, 85 lượt người tham dự",
                        List.of("Báo cáo số 12/BC-VHXH ngày 28/6/2026", "Danh sách học viên (bảng tính)")),
                new ReportRow(
                        "10",
                        "Triển khai nền tảng Bình dân học vụ số cho người dân",
                        "Phòng Văn hóa - Xã hội",
                        "Quý IV/2026",
                        LocalDate.of(2026, 12, 31),
                        TaskStatus.ON_TRACK,
                        "Đang triển khai tại 6/9 thôn",
                        List.of("Công văn số 88/UBND-VHXH ngày 02/10/2026")),
                // 31/5/2026 is a Sunday: the deadline moves to Monday 01/06/2026.
                new ReportRow(
                        "6",
                        "Rà soát, cập nhật dữ liệu dân cư trên hệ thống",
                        "Công an xã",
                        "Hoàn thành trước ngày 31/5/2026",
                        LocalDate.of(2026, 6, 1),
                        TaskStatus.DONE_ON_TIME,
                        "Hoàn thành rà soát 100% hộ",
                        List.of("Báo cáo số 30/BC-CAX ngày 29/5/2026")),
                new ReportRow(
                        "8",
                        "Xây dựng cơ sở dữ liệu hộ kinh doanh trên địa bàn xã",
                        "Phòng Kinh tế",
                        "Quý II/2026",
                        LocalDate.of(2026, 6, 30),
                        TaskStatus.DONE_LATE,
                        "Hoàn thành ngày 15/7/2026",
                        List.of("Quyết định số 210/QĐ-UBND ngày 15/7/2026")),
                new ReportRow(
                        "11",
                        "Tổng kết, đánh giá kết quả thực hiện kế hoạch năm 2026",
                        "Văn phòng HĐND và UBND xã",
                        "31/12/2026",
                        LocalDate.of(2026, 12, 31),
                        TaskStatus.NOT_DUE,
                        null,
                        null),
                new ReportRow(
                        "7",
                        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
                        "Trung tâm Phục vụ hành chính công xã",
                        "Tháng 8/2026",
                        LocalDate.of(2026, 8, 31),
                        TaskStatus.DONE_ON_TIME,
                        "Đã số hóa 1.240 hồ sơ",
                        List.of("https://dichvucong.quangngai.gov.vn")),
                // As directed: no date yet, neither dated nor ongoing.
                new ReportRow(
                        "2",
                        "Tham gia Cuộc thi chuyển đổi số cấp tỉnh",
                        "Phòng Văn hóa - Xã hội",
                        "Theo chỉ đạo, hướng dẫn của các sở, ngành",
                        null,
                        TaskStatus.NEEDS_DEADLINE,
                        null,
                        List.of()),
                new ReportRow(
                        "3",
                        "Bố trí tỷ lệ phù hợp cán bộ có chuyên môn về khoa học kỹ thuật",
                        "Phòng, ban ngành, đơn vị",
                        "Thường xuyên",
                        null,
                        TaskStatus.ONGOING,
                        null,
                        List.of()));
    }

    /** {@code done} finished tasks out of {@code total} dated ones, plus one ongoing task. */
    static ConsolidatedReport withDone(int done, int total) {
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            rows.add(new ReportRow(
                    String.valueOf(i),
                    "Nhiệm vụ " + i,
                    "Phòng Kinh tế",
                    "Tháng 9/2026",
                    LocalDate.of(2026, 9, 30),
                    i <= done ? TaskStatus.DONE_ON_TIME : TaskStatus.OVERDUE,
                    null,
                    null));
        }
        rows.add(new ReportRow(
                "0", "Nhiệm vụ thường xuyên", "Phòng Kinh tế", "Thường xuyên", null, TaskStatus.ONGOING, null, null));
        return report(rows, null, null, null);
    }
}
