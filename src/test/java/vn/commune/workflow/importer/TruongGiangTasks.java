package vn.commune.workflow.importer;

import java.util.List;

/** Phụ lục II of the Trường Giang plan as it should be read, whatever the file format. */
final class TruongGiangTasks {
    static final String GROUP_I =
            "I. Nhóm các nhiệm vụ về “Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm"
                    + " chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo, tạo xung lực mới, khí thế mới trong toàn xã hội về phát triển"
                    + " khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia”";
    static final String GROUP_II =
            "II. Nhóm các nhiệm vụ “Khẩn trương, quyết liệt hoàn thiện thể chế; xoá bỏ mọi tư tưởng,"
                    + " quan niệm, rào cản đang cản trở sự phát triển; đưa thể chế thành một lợi thế cạnh tranh trong phát triển khoa"
                    + " học, công nghệ, đổi mới sáng tạo và chuyển đổi số”";
    static final String GROUP_III =
            "III. Nhóm nhiệm vụ “Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi"
                    + " mới sáng tạo và chuyển đổi số quốc gia”";
    static final String GROUP_IV =
            "IV. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động"
                    + " của các cơ quan trong hệ thống chính trị; nâng cao hiệu quả quản trị quốc gia, hiệu lực quản lý nhà nước trên"
                    + " các lĩnh vực, bảo đảm quốc phòng và an ninh";
    static final String ALL_UNITS = "Phòng, ban ngành, đơn vị";
    static final String CENTRE = "Trung tâm Phục vụ HCC";

    static final List<ParsedTask> EXPECTED = List.of(
            new ParsedTask(
                    "1",
                    GROUP_I,
                    "Cụ thể hóa nhiệm vụ chuyển đổi số, phát triển khoa học, công nghệ, đổi mới sáng tạo"
                            + " trong chương trình, kế hoạch công tác hằng năm của cơ quan, tổ chức, đơn vị.",
                    "Phòng, ban ngành",
                    null,
                    "Kế hoạch công tác",
                    "Thường xuyên"),
            new ParsedTask(
                    "2",
                    GROUP_I,
                    "Hoàn thành xây dựng, cập nhật điều chỉnh kế hoạch triển khai Chương trình hành động"
                            + " của Chính phủ",
                    "Phòng Văn hoá - Xã hội",
                    ALL_UNITS,
                    "Kế hoạch",
                    "Tháng 9/2025"),
            new ParsedTask(
                    "3",
                    GROUP_I,
                    "Phấn đấu bố trí tỷ lệ phù hợp cán bộ có chuyên môn, kinh nghiệm về khoa học kỹ thuật"
                            + " trong đội ngũ lãnh đạo từng cơ quan, đơn vị nhà nước.",
                    ALL_UNITS,
                    null,
                    "Có tỷ lệ phù hợp cán bộ có chuyên môn về khoa học kỹ thuật trong đội ngũ lãnh đạo",
                    "Thường xuyên"),
            new ParsedTask(
                    "4",
                    GROUP_I,
                    "Tham gia các chương trình đào tạo, bồi dưỡng cho cán bộ, công chức, viên chức về kiến"
                            + " thức về khoa học, công nghệ, đổi mới sáng tạo, kỹ năng số, công nghệ số cơ bản phục vụ chuyển đổi số"
                            + " quốc gia.",
                    ALL_UNITS,
                    null,
                    "Văn bản cử tham gia",
                    "Tháng 9/2025"),
            new ParsedTask(
                    "5",
                    GROUP_II,
                    "Hoàn thành số hóa quy trình nghiệp vụ nội bộ, hồ sơ tài liệu, kết quả giải quyết thủ"
                            + " tục hành chính trong các lĩnh vực liên quan tới người dân, doanh nghiệp, hoạt động công vụ (đất đai, tư"
                            + " pháp, y tế, giáo dục, lao động việc làm,...); tái sử dụng 100% dữ liệu đã số hóa để cắt giảm tối đa thủ"
                            + " tục hành chính và chi phí tuân thủ cho người dân, doanh nghiệp.",
                    ALL_UNITS,
                    CENTRE,
                    "Hoàn thành số hóa quy trình nghiệp vụ nội bộ, hồ sơ tài liệu, kết quả giải quyết thủ tục hành chính;"
                            + " cắt giảm tối đa thủ tục hành chính",
                    "Tháng 9/2025"),
            new ParsedTask(
                    "6",
                    GROUP_II,
                    "Tham mưu đẩy mạnh tái cấu trúc quy trình, cắt giảm, đơn giản hóa tối đa thủ tục hành"
                            + " chính, nâng cao chất lượng cung cấp dịch vụ công trực tuyến, nhất là các thủ tục liên quan đến cư trú,"
                            + " hộ tịch, giấy phép lái xe, đất đai, doanh nghiệp; triển khai tiếp nhận, giải quyết thủ tục hành chính"
                            + " không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh.",
                    ALL_UNITS,
                    CENTRE,
                    "Thủ tục hành chính được tái cấu trúc, đơn giản hóa quy trình",
                    "Tháng 12/2025"),
            new ParsedTask(
                    "7",
                    GROUP_III,
                    "Triển khai các nền tảng số quốc gia, nền tảng số dùng chung của ngành, lĩnh vực, vùng"
                            + " theo danh mục đã được ban hành bảo đảm hoạt động thống nhất, liên thông của các ngành, lĩnh vực trên môi"
                            + " trường số.",
                    ALL_UNITS,
                    null,
                    "Hoàn thành các nền tảng số đảm bảo kết nối, liên thông",
                    "Tháng 12/2025"),
            new ParsedTask(
                    "8",
                    GROUP_IV,
                    "Tập trung số hoá dữ liệu, khai thác ứng dụng cắt giảm thủ tục hành chính - không phụ"
                            + " thuộc các ngành, trọng tâm là lĩnh vực tư pháp, giáo dục, y tế, đất đai.",
                    ALL_UNITS,
                    null,
                    "Dữ liệu các lĩnh vực tư pháp, giáo dục, y tế, đất đai được tạo lập, số hóa",
                    "2025 và những năm tiếp theo"));

    static final List<String> GROUPS = List.of(GROUP_I, GROUP_II, GROUP_III, GROUP_IV);

    private TruongGiangTasks() {}
}
