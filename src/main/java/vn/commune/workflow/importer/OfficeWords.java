package vn.commune.workflow.importer;

import java.util.List;
import java.util.Locale;

/**
 * Words an office name starts with, used to find where a table cell of office names begins once a
 * PDF copy has lost the column borders. Result texts ("Kế hoạch", "Văn bản cử tham gia") do not start so.
 */
final class OfficeWords {
    private static final List<String> HEADS = List.of(
            "phòng",
            "văn phòng",
            "trung tâm",
            "công an",
            "ban",
            "ủy ban",
            "ubnd",
            "ubmttq",
            "mttq",
            "mặt trận",
            "trạm",
            "trường",
            "đơn vị",
            "cơ quan",
            "thôn",
            "sở",
            "ngân hàng",
            "chi cục",
            "chi nhánh",
            "đảng ủy",
            "thường trực",
            "chủ tịch",
            "phó chủ tịch",
            "công chức",
            "bộ phận",
            "lãnh đạo",
            "hợp tác xã",
            "bưu điện",
            "bchqs",
            "hội nông dân",
            "hội phụ nữ",
            "hội liên hiệp",
            "hội cựu chiến binh",
            "hội đồng",
            "đoàn thanh niên",
            "đoàn thể",
            "các phòng",
            "các ban",
            "các cơ quan",
            "các đơn vị",
            "các trạm",
            "các trường",
            "các thôn",
            "các tổ chức",
            "các hội",
            "các đoàn thể",
            "các trung tâm",
            "các ngành");
    /** A cell reading only "Trung tâm" is a name cut by the line width, so a capitalised line continues it. */
    private static final List<String> INCOMPLETE =
            List.of("trung tam", "van phong", "uy ban", "ban", "phong", "ban chi huy", "hoi dong", "uy ban nhan dan");

    private OfficeWords() {}

    static boolean startsOfficeName(String line) {
        if (!Texts.startsUpperCase(line)) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT).replace("uỷ", "ủy");
        for (String head : HEADS) {
            if (lower.startsWith(head)
                    && (lower.length() == head.length() || !Character.isLetter(lower.charAt(head.length())))) {
                return true;
            }
        }
        return false;
    }

    static boolean isIncomplete(String cellText) {
        return INCOMPLETE.contains(Fold.key(cellText));
    }
}
