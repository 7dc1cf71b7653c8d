package vn.commune.workflow.setup;

import java.util.Optional;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.importer.Fold;
import vn.commune.workflow.office.OfficeKind;

/** What a person of a commune does, and so which of the commune's groups they join. */
enum PersonRole {
    /** Chủ tịch, phó chủ tịch UBND xã: the commune's leadership group. */
    LEADERSHIP("Lãnh đạo UBND xã", false),
    /** Heads an office: a member of its group (the office's tasks, its reminders). */
    OFFICE_HEAD("Trưởng cơ quan, đơn vị", true),
    /** Works the office's tasks: a member of its group. */
    OFFICE_STAFF("Cán bộ, công chức của cơ quan", true),
    /** Văn thư: imports plans (the commune's clerks group), and belongs to their office if one is given. */
    CLERK("Văn thư (nhập kế hoạch)", false),
    /** Sets up the commune's offices and people (the commune's administrators group). */
    COMMUNE_ADMIN("Quản trị của xã", false);

    /** Codes of the commune-wide groups, before the commune's prefix; offices may not take them. */
    static final String CLERKS = "van-thu";

    static final String ADMINISTRATORS = "quan-tri";

    private final String label;
    private final boolean needsOffice;

    PersonRole(String label, boolean needsOffice) {
        this.label = label;
        this.needsOffice = needsOffice;
    }

    String label() {
        return label;
    }

    boolean needsOffice() {
        return needsOffice;
    }

    /** The commune-wide group of the role, if it has one (office people are in their office's group only). */
    Optional<String> communeGroup(Commune commune) {
        return switch (this) {
            case LEADERSHIP -> Optional.of(commune.leadershipGroup());
            case CLERK -> Optional.of(commune.qualify(CLERKS));
            case COMMUNE_ADMIN -> Optional.of(commune.qualify(ADMINISTRATORS));
            case OFFICE_HEAD, OFFICE_STAFF -> Optional.empty();
        };
    }

    /**
     * The role a staff list's "chức vụ" suggests; the administrator may change it in the preview. A chủ tịch of a
     * mass organisation (Ủy ban MTTQ) heads that office rather than leading the commune.
     */
    static PersonRole fromPosition(String position, OfficeKind officeKind) {
        String p = Fold.key(position);
        if (p.startsWith("chu tich") || p.startsWith("pho chu tich")) {
            if (officeKind == OfficeKind.TO_CHUC) {
                return p.startsWith("chu tich") ? OFFICE_HEAD : OFFICE_STAFF;
            }
            return LEADERSHIP;
        }
        if (p.startsWith("truong phong")
                || p.startsWith("giam doc")
                || p.startsWith("chanh van phong")
                || p.startsWith("truong cong an")
                || p.startsWith("chi huy truong")
                || p.startsWith("truong tram")
                || p.startsWith("hieu truong")
                || p.startsWith("truong ban")) {
            return OFFICE_HEAD;
        }
        if (p.startsWith("van thu")) {
            return CLERK;
        }
        return OFFICE_STAFF;
    }
}
