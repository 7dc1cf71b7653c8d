package vn.commune.workflow.office;

/** What a collective lead such as "Phòng, ban ngành, đơn vị" expands to is decided by kind. */
public enum OfficeKind {
    /** Văn phòng HĐND và UBND and the phòng chuyên môn: the commune's specialised offices. */
    PHONG,
    /** Trung tâm Phục vụ hành chính công and other centres: not a "phòng chuyên môn". */
    TRUNG_TAM,
    /** Công an, quân sự, trạm y tế, trường học. */
    DON_VI,
    /** MTTQ và các tổ chức chính trị - xã hội. */
    TO_CHUC,
    THON
}
