package vn.commune.workflow.office;

/** What a collective lead such as "Phòng, ban ngành, đơn vị" expands to is decided by kind. */
public enum OfficeKind {
    /** Văn phòng, phòng chuyên môn, trung tâm. */
    PHONG,
    /** Công an, quân sự, trạm y tế, trường học. */
    DON_VI,
    /** MTTQ và các tổ chức chính trị - xã hội. */
    TO_CHUC,
    THON
}
