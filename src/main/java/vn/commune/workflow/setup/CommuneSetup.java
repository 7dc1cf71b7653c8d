package vn.commune.workflow.setup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.office.OfficeSetup;
import vn.commune.workflow.office.StandardOffices;
import vn.commune.workflow.security.Groups;
import vn.commune.workflow.system.Refusal;

/** A province, its communes, and each commune's offices, as the administrators set them up from the pages. */
@Service
class CommuneSetup {

    /** Province, commune and office codes: readable, and valid in every Camunda id they become part of. */
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]{1,30}\\.");

    private final Communes communes;
    private final OfficeDirectory directory;
    private final OfficeRepository offices;

    CommuneSetup(Communes communes, OfficeDirectory directory, OfficeRepository offices) {
        this.communes = communes;
        this.directory = directory;
        this.offices = offices;
    }

    @Transactional
    public void createProvince(String id, String name) {
        code(id, "Mã tỉnh");
        required(name, "Tên tỉnh");
        if (communes.provinceExists(id)) {
            throw Refusal.conflict("Đã có tỉnh mã " + id + ".");
        }
        communes.createProvince(id, name.strip());
    }

    /**
     * A commune of a province: its tenant, and its commune-wide groups (leadership, clerks, administrators), whose
     * ids all start with the commune's prefix ("anbinh." for "anbinh").
     */
    @Transactional
    public Commune createCommune(String id, String name, String provinceId, String idPrefix) {
        code(id, "Mã xã");
        required(name, "Tên xã");
        if (provinceId == null || !communes.provinceExists(provinceId)) {
            throw Refusal.invalid("Hãy chọn tỉnh đã có (mã tỉnh " + provinceId + " không có).");
        }
        String prefix = idPrefix == null ? "" : idPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        prefix = prefix.endsWith(".") ? prefix : prefix + ".";
        if (!PREFIX.matcher(prefix).matches()) {
            throw Refusal.invalid(
                    "Tiền tố mã của xã gồm 1-30 chữ thường không dấu hoặc chữ số (ví dụ \"anbinh\"); mọi tên"
                            + " đăng nhập và mã cơ quan của xã bắt đầu bằng nó.");
        }
        if (communes.withPrefix(prefix).isPresent()) {
            throw Refusal.conflict("Tiền tố " + prefix + " đã thuộc xã khác.");
        }
        Commune commune = communes.create(new Commune(id, name.strip(), provinceId, prefix));
        directory.createGroup(
                commune, commune.leadershipGroup(), "Lãnh đạo UBND " + commune.name(), Groups.TYPE_LEADERSHIP);
        directory.createGroup(
                commune, commune.qualify(PersonRole.CLERKS), "Văn thư " + commune.name(), Groups.TYPE_CLERK);
        directory.createGroup(
                commune,
                commune.qualify(PersonRole.ADMINISTRATORS),
                "Quản trị " + commune.name(),
                Groups.TYPE_COMMUNE_ADMIN);
        return commune;
    }

    /** The commune's offices as set up; a commune without offices yet gets the standard ones to edit. */
    public Map<String, Object> offices(Commune commune) {
        List<Office> existing = offices.findByCommune(commune.id());
        List<OfficeSetup> setups = new ArrayList<>();
        if (existing.isEmpty()) {
            for (StandardOffices.StandardOffice standard : StandardOffices.ALL) {
                Office o = standard.office();
                setups.add(new OfficeSetup(o.id(), o.name(), standard.shortName(), List.of(), o.kind()));
            }
        } else {
            Map<String, String> shortNames = offices.shortNames(commune.id());
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            offices.aliases(commune.id())
                    .forEach((alias, officeId) -> aliases.computeIfAbsent(officeId, k -> new ArrayList<>())
                            .add(alias));
            for (Office o : existing) {
                setups.add(new OfficeSetup(
                        o.id().substring(commune.idPrefix().length()),
                        o.name(),
                        shortNames.getOrDefault(o.id(), ""),
                        aliases.getOrDefault(o.id(), List.of()),
                        o.kind()));
            }
        }
        return Map.of("saved", !existing.isEmpty(), "prefix", commune.idPrefix(), "offices", setups);
    }

    @Transactional
    public List<Office> saveOffices(Commune commune, List<OfficeSetup> setups, String by) {
        if (setups == null || setups.isEmpty()) {
            throw Refusal.invalid("Danh sách cơ quan trống.");
        }
        Set<String> codes = new HashSet<>();
        Set<String> reserved = Set.of(Groups.ADMINISTRATORS, "lanh-dao", PersonRole.CLERKS, PersonRole.ADMINISTRATORS);
        for (int i = 0; i < setups.size(); i++) {
            OfficeSetup setup = setups.get(i);
            String where = "Dòng " + (i + 1) + ": ";
            if (setup.code() == null || !CODE.matcher(setup.code()).matches()) {
                throw Refusal.invalid(
                        where + "mã cơ quan gồm chữ thường không dấu, chữ số và gạch ngang (ví dụ" + " \"vhxh\").");
            }
            if (reserved.contains(setup.code())) {
                throw Refusal.invalid(where + "mã \"" + setup.code() + "\" dành cho nhóm chung của xã.");
            }
            if (!codes.add(setup.code())) {
                throw Refusal.invalid(where + "mã \"" + setup.code() + "\" bị trùng.");
            }
            if (setup.name() == null || setup.name().isBlank()) {
                throw Refusal.invalid(where + "thiếu tên cơ quan.");
            }
            if (setup.name().length() > 255
                    || (setup.shortName() != null && setup.shortName().length() > 64)
                    || setup.aliases().stream().anyMatch(alias -> alias.length() > 255)) {
                throw Refusal.invalid(where + "tên (tối đa 255 ký tự) hoặc tên viết tắt (tối đa 64 ký tự) quá dài.");
            }
            if (setup.kind() == null) {
                throw Refusal.invalid(where + "thiếu loại cơ quan.");
            }
        }
        return directory.saveOffices(commune, setups, by);
    }

    private static void code(String value, String what) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw Refusal.invalid(what + " gồm chữ thường không dấu, chữ số và gạch ngang, tối đa 48 ký tự (ví dụ"
                    + " \"an-binh\").");
        }
    }

    private static void required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid("Thiếu " + what.toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (value.length() > 255) {
            throw Refusal.invalid(what + " dài quá 255 ký tự.");
        }
    }
}
