package vn.commune.workflow.office;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.audit.AuditKind;
import vn.commune.workflow.audit.AuditLog;
import vn.commune.workflow.commune.CommuneScope;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.system.Refusal;

/** The commune's collective phrases ("Các phòng chuyên môn" → PHONG), read and replaced by its leadership. */
@RestController
class CollectiveController {

    private static final int MAX_PHRASES = 200;
    private static final int MAX_PHRASE_LENGTH = 255;

    private final OfficeRepository offices;
    private final CommuneScope communes;
    private final CurrentUser user;
    private final AuditLog audit;

    CollectiveController(OfficeRepository offices, CommuneScope communes, CurrentUser user, AuditLog audit) {
        this.audit = audit;
        this.offices = offices;
        this.communes = communes;
        this.user = user;
    }

    /** {@code commune}: which commune, for the system administrator (everyone else works in their own). */
    @GetMapping("/api/collectives")
    List<Collective> list(@RequestParam(required = false) String commune) {
        requireLeadership();
        return offices.collectives(communes.writable(commune));
    }

    /** Replaces the whole list; a list with any bad entry changes nothing. */
    @PutMapping("/api/collectives")
    @Transactional
    List<Collective> replace(
            @RequestParam(name = "commune", required = false) String requested,
            @RequestBody List<CollectiveBody> body) {
        requireLeadership();
        String commune = communes.writable(requested);
        if (body == null) {
            throw Refusal.invalid("Thiếu danh sách cụm từ.");
        }
        if (body.size() > MAX_PHRASES) {
            throw Refusal.invalid("Danh sách có quá " + MAX_PHRASES + " cụm từ.");
        }
        OfficeMatcher officeNames =
                new OfficeMatcher(offices.findByCommune(commune), offices.aliases(commune), List.of());
        Map<String, Integer> keys = new HashMap<>();
        List<Collective> collectives = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String where = "Cụm từ thứ " + (i + 1);
            CollectiveBody entry = body.get(i);
            String phrase = entry == null || entry.phrase() == null ? "" : NameSplitter.clean(entry.phrase());
            String key = Collectives.key(phrase);
            if (key.isEmpty()) {
                throw Refusal.invalid(where + ": thiếu cụm từ.");
            }
            if (phrase.length() > MAX_PHRASE_LENGTH) {
                throw Refusal.invalid(where + ": dài quá " + MAX_PHRASE_LENGTH + " ký tự.");
            }
            if (phrase.contains(";")) {
                throw Refusal.invalid(where + " («" + phrase + "»): không được chứa dấu chấm phẩy, "
                        + "vì dấu chấm phẩy ngăn cách các cơ quan.");
            }
            Integer same = keys.putIfAbsent(key, i + 1);
            if (same != null) {
                throw Refusal.invalid(
                        where + " («" + phrase + "») trùng với cụm từ thứ " + same + " (chỉ khác hoa thường, dấu).");
            }
            if (officeNames.namesAnOffice(phrase)) {
                throw Refusal.invalid(
                        where + " («" + phrase + "») là tên một cơ quan của xã, không thể dùng để chỉ nhiều cơ quan.");
            }
            collectives.add(new Collective(phrase, kinds(where, phrase, entry.kinds())));
        }
        offices.replaceCollectives(commune, collectives, user.id());
        audit.record(
                AuditKind.ADMIN_CHANGE,
                "cụm từ chỉ nhiều cơ quan",
                commune,
                collectives.size() + " cụm từ: "
                        + String.join(
                                "; ",
                                collectives.stream().map(Collective::phrase).toList()));
        return offices.collectives(commune);
    }

    private static Set<OfficeKind> kinds(String where, String phrase, List<String> names) {
        if (names == null || names.isEmpty()) {
            throw Refusal.invalid(where + " («" + phrase + "»): chưa chọn loại cơ quan nào.");
        }
        Set<OfficeKind> kinds = EnumSet.noneOf(OfficeKind.class);
        for (String name : names) {
            kinds.add(Arrays.stream(OfficeKind.values())
                    .filter(k -> k.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> Refusal.invalid(where + " («" + phrase + "»): loại cơ quan «" + name
                            + "» không có (một trong " + Arrays.toString(OfficeKind.values()) + ").")));
        }
        return kinds;
    }

    private void requireLeadership() {
        if (!(user.isLeadership() || user.isAdministrator())) {
            throw Refusal.notAllowed(
                    "Chỉ lãnh đạo UBND xã hoặc quản trị hệ thống mới được xem và sửa các cụm từ chỉ nhiều cơ quan.");
        }
    }

    record CollectiveBody(String phrase, List<String> kinds) {}
}
