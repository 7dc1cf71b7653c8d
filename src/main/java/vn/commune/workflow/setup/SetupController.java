package vn.commune.workflow.setup;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.CommuneScope;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.commune.Province;
import vn.commune.workflow.mail.Recipient;
import vn.commune.workflow.office.OfficeSetup;
import vn.commune.workflow.security.CurrentUser;
import vn.commune.workflow.security.Role;
import vn.commune.workflow.system.Refusal;

/**
 * The administrators' setup API: the system administrator makes provinces and communes; they and a commune's own
 * administrators (for that commune only) set up its offices and people.
 */
@RestController
@RequestMapping("/api/admin")
class SetupController {

    private final CommuneSetup setup;
    private final People people;
    private final ProvinceViewers viewers;
    private final Communes communes;
    private final CommuneScope scope;
    private final CurrentUser user;

    SetupController(
            CommuneSetup setup,
            People people,
            ProvinceViewers viewers,
            Communes communes,
            CommuneScope scope,
            CurrentUser user) {
        this.setup = setup;
        this.people = people;
        this.viewers = viewers;
        this.communes = communes;
        this.scope = scope;
        this.user = user;
    }

    record ProvinceRequest(String id, String name) {}

    record CommuneRequest(String id, String name, String provinceId, String idPrefix) {}

    record MoveRequest(String officeId) {}

    record ViewerRequest(String userId, String fullName, String email) {}

    @GetMapping("/provinces")
    List<Province> provinces() {
        requireSystemAdmin();
        return communes.provinces();
    }

    @PostMapping("/provinces")
    @ResponseStatus(HttpStatus.CREATED)
    Province createProvince(@RequestBody ProvinceRequest request) {
        requireSystemAdmin();
        setup.createProvince(request.id(), request.name());
        return new Province(request.id(), request.name().strip());
    }

    /** The province's staff who follow its communes, read only. */
    @GetMapping("/provinces/{provinceId}/viewers")
    List<Recipient> viewers(@PathVariable String provinceId) {
        requireSystemAdmin();
        return viewers.of(provinceId);
    }

    @PostMapping("/provinces/{provinceId}/viewers")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addViewer(@PathVariable String provinceId, @RequestBody ViewerRequest request) {
        requireSystemAdmin();
        viewers.add(provinceId, request.userId(), request.fullName(), request.email());
        return Map.of("message", "Đã tạo tài khoản " + request.userId() + " và gửi thư để người đó đặt mật khẩu.");
    }

    /** The communes the caller sets up: every one for the system administrator, their own for a commune's. */
    @GetMapping("/communes")
    List<Commune> communes() {
        if (user.isAdministrator()) {
            return communes.list();
        }
        requireCommuneAdmin();
        return List.of(communes.get(scope.current()));
    }

    @PostMapping("/communes")
    @ResponseStatus(HttpStatus.CREATED)
    Commune createCommune(@RequestBody CommuneRequest request) {
        requireSystemAdmin();
        return setup.createCommune(request.id(), request.name(), request.provinceId(), request.idPrefix());
    }

    @GetMapping("/communes/{communeId}/offices")
    Map<String, Object> offices(@PathVariable String communeId) {
        return setup.offices(commune(communeId));
    }

    @PutMapping("/communes/{communeId}/offices")
    Map<String, Object> saveOffices(@PathVariable String communeId, @RequestBody List<OfficeSetup> offices) {
        Commune commune = commune(communeId);
        setup.saveOffices(commune, offices, user.id());
        return setup.offices(commune);
    }

    @GetMapping("/roles")
    List<Map<String, Object>> roles() {
        requireCommuneAdmin();
        return Arrays.stream(PersonRole.values())
                .map(r -> Map.<String, Object>of("role", r.name(), "label", r.label(), "needsOffice", r.needsOffice()))
                .toList();
    }

    @GetMapping("/communes/{communeId}/people")
    List<Person> people(@PathVariable String communeId) {
        return people.of(commune(communeId));
    }

    /** The staff list read and checked, row by row; nothing is saved. */
    @PostMapping("/communes/{communeId}/people/preview")
    Map<String, Object> preview(@PathVariable String communeId, @RequestParam("file") MultipartFile file)
            throws IOException {
        Commune commune = commune(communeId);
        List<People.Checked> rows = people.check(commune, StaffList.read(file.getOriginalFilename(), file.getBytes()));
        return Map.of(
                "rows",
                rows,
                "errorCount",
                rows.stream().filter(r -> !r.errors().isEmpty()).count());
    }

    /** One person or a whole previewed list: all saved, or (422 with each row's errors) none. */
    @PostMapping("/communes/{communeId}/people")
    ResponseEntity<Map<String, Object>> add(@PathVariable String communeId, @RequestBody List<PersonDraft> drafts) {
        Commune commune = commune(communeId);
        List<People.Checked> checked = people.check(commune, drafts == null ? List.of() : drafts);
        if (checked.stream().anyMatch(c -> !c.errors().isEmpty())) {
            return ResponseEntity.unprocessableEntity()
                    .body(Map.of(
                            "message",
                            "Danh sách còn lỗi, chưa lưu ai: " + String.join(" ", People.errorLines(checked)),
                            "rows",
                            checked));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("rows", people.save(commune, drafts, user.id())));
    }

    @PostMapping("/communes/{communeId}/people/{userId}/move")
    Map<String, Object> move(
            @PathVariable String communeId, @PathVariable String userId, @RequestBody MoveRequest request) {
        people.move(commune(communeId), userId, request.officeId());
        return Map.of("message", "Đã chuyển " + userId + " sang cơ quan mới.");
    }

    @PostMapping("/communes/{communeId}/people/{userId}/leave")
    Map<String, Object> leave(@PathVariable String communeId, @PathVariable String userId) {
        people.leave(commune(communeId), userId);
        return Map.of("message", "Đã khóa tài khoản " + userId + "; việc đang nhận trả về cơ quan.");
    }

    /** A commune the caller may set up: any for the system administrator, their own for a commune's. */
    private Commune commune(String communeId) {
        requireCommuneAdmin();
        return communes.get(scope.writable(communeId));
    }

    private void requireCommuneAdmin() {
        if (!user.isAdministrator() && !user.has(Role.COMMUNE_ADMIN)) {
            throw Refusal.notAllowed("Chỉ quản trị hệ thống hoặc quản trị của xã được thiết lập cơ quan và cán bộ.");
        }
    }

    private void requireSystemAdmin() {
        if (!user.isAdministrator()) {
            throw Refusal.notAllowed("Chỉ quản trị hệ thống được tạo tỉnh và xã.");
        }
    }
}
