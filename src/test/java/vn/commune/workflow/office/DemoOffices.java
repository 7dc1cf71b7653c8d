package vn.commune.workflow.office;

import java.util.List;
import java.util.Map;

/** The demo commune's offices and alias table, shared by the tests. */
public final class DemoOffices {
    public static final List<Office> OFFICES = List.of(
            new Office("vp-ubnd", "Văn phòng HĐND và UBND xã", OfficeKind.PHONG),
            new Office("vhxh", "Phòng Văn hóa - Xã hội", OfficeKind.PHONG),
            new Office("kinh-te", "Phòng Kinh tế", OfficeKind.PHONG),
            new Office("tt-hcc", "Trung tâm Phục vụ hành chính công xã", OfficeKind.PHONG),
            new Office("cong-an", "Công an xã", OfficeKind.DON_VI),
            new Office("quan-su", "Ban Chỉ huy Quân sự xã", OfficeKind.DON_VI),
            new Office("mttq", "Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội", OfficeKind.TO_CHUC),
            new Office("tram-y-te", "Trạm y tế", OfficeKind.DON_VI),
            new Office("truong-hoc", "Trường học", OfficeKind.DON_VI),
            new Office("thon", "Ban Nhân dân các thôn", OfficeKind.THON));
    public static final Map<String, String> ALIASES = Map.of(
            "VH-XH", "vhxh", "VHXH", "vhxh", "Trung tâm Phục vụ HCC", "tt-hcc", "TTPVHCC", "tt-hcc");
    public static final List<String> PHONG = List.of("vp-ubnd", "vhxh", "kinh-te", "tt-hcc");
    public static final List<String> PHONG_AND_DON_VI = List.of(
            "vp-ubnd", "vhxh", "kinh-te", "tt-hcc", "cong-an", "quan-su", "tram-y-te", "truong-hoc");

    private DemoOffices() {
    }

    public static OfficeMatcher matcher() {
        return new OfficeMatcher(OFFICES, ALIASES);
    }
}
