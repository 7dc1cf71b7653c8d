package vn.commune.workflow.office;

import java.util.List;

/**
 * The offices of a commune after the 2025 reform, by code (a commune's office ids are these codes with its prefix),
 * each with the short form clerks write: what a new commune starts from, and the demo's offices.
 */
public final class StandardOffices {

    public record StandardOffice(Office office, String shortName) {}

    public static final List<StandardOffice> ALL = List.of(
            new StandardOffice(new Office("vp-ubnd", "Văn phòng HĐND và UBND xã", OfficeKind.PHONG), "VP HĐND-UBND"),
            new StandardOffice(new Office("vhxh", "Phòng Văn hóa - Xã hội", OfficeKind.PHONG), "VH-XH"),
            new StandardOffice(new Office("kinh-te", "Phòng Kinh tế", OfficeKind.PHONG), "KT"),
            new StandardOffice(
                    new Office("tt-hcc", "Trung tâm Phục vụ hành chính công xã", OfficeKind.TRUNG_TAM), "TTPVHCC"),
            new StandardOffice(new Office("cong-an", "Công an xã", OfficeKind.DON_VI), "CA"),
            new StandardOffice(new Office("quan-su", "Ban Chỉ huy Quân sự xã", OfficeKind.DON_VI), "BCHQS"),
            new StandardOffice(
                    new Office("mttq", "Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội", OfficeKind.TO_CHUC),
                    "UBMTTQ"),
            new StandardOffice(new Office("tram-y-te", "Trạm y tế xã", OfficeKind.DON_VI), "TYT"),
            new StandardOffice(new Office("truong-hoc", "Trường học", OfficeKind.DON_VI), ""),
            new StandardOffice(new Office("thon", "Ban Nhân dân các thôn", OfficeKind.THON), ""));

    /** The offices alone. */
    public static final List<Office> OFFICES =
            ALL.stream().map(StandardOffice::office).toList();

    private StandardOffices() {}
}
