package vn.commune.workflow.setup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.account.PasswordLinks;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.importer.Fold;
import vn.commune.workflow.office.Office;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.office.OfficeMatch;
import vn.commune.workflow.office.OfficeMatcher;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.security.Sessions;
import vn.commune.workflow.system.Refusal;

/**
 * A commune's people: checked before anything is saved (one by one or a whole staff list, all or nothing), each
 * put in the groups of their role and mailed a link to choose their password; they move office or leave, and the
 * tasks they had claimed go back to their office.
 */
@Service
class People {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final int MAX_TEXT = 255;
    /** Logins are at most 64 characters with the commune's prefix (31) and a number to tell namesakes apart. */
    private static final int MAX_LOGIN_BASE = 30;

    /** A person as checked: the office and role settled, the login they would get, what is wrong with them. */
    record Checked(
            int row,
            String fullName,
            String position,
            String office,
            String officeId,
            String email,
            String phone,
            PersonRole role,
            String userId,
            List<String> errors) {}

    private final PersonRepository persons;
    private final OfficeRepository offices;
    private final OfficeDirectory directory;
    private final PasswordLinks links;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final Sessions sessions;
    private final Clock clock;

    People(
            PersonRepository persons,
            OfficeRepository offices,
            OfficeDirectory directory,
            PasswordLinks links,
            TaskService tasks,
            AuthorizationService authorizations,
            Sessions sessions,
            Clock clock) {
        this.persons = persons;
        this.offices = offices;
        this.directory = directory;
        this.links = links;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.sessions = sessions;
        this.clock = clock;
    }

    List<Person> of(Commune commune) {
        return persons.ofCommune(commune.id());
    }

    /** Every draft checked against the commune and each other; nothing is saved. */
    List<Checked> check(Commune commune, List<PersonDraft> drafts) {
        List<Office> communeOffices = offices.findByCommune(commune.id());
        Map<String, Office> byId = new HashMap<>();
        communeOffices.forEach(o -> byId.put(o.id(), o));
        OfficeNames names = new OfficeNames(commune, communeOffices);
        Map<String, Integer> emails = new HashMap<>();
        Set<String> logins = new HashSet<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            PersonDraft d = drafts.get(i);
            int row = d.row() == null ? i + 1 : d.row();
            List<String> errors = new ArrayList<>();
            String fullName = text(d.fullName());
            if (fullName.isEmpty()) {
                errors.add("Thiếu họ tên.");
            } else if (fullName.length() > MAX_TEXT || text(d.position()).length() > MAX_TEXT) {
                errors.add("Họ tên hoặc chức vụ dài quá " + MAX_TEXT + " ký tự.");
            }
            String officeId = text(d.officeId()).isEmpty() ? null : d.officeId().strip();
            if (officeId != null && !byId.containsKey(officeId)) {
                errors.add("Cơ quan " + officeId + " không thuộc xã.");
                officeId = null;
            } else if (officeId == null && !text(d.office()).isEmpty()) {
                officeId = names.find(d.office()).orElse(null);
            }
            PersonRole role = d.role() != null
                    ? d.role()
                    : PersonRole.fromPosition(
                            d.position(),
                            officeId == null ? null : byId.get(officeId).kind());
            if (role == PersonRole.LEADERSHIP) {
                officeId = null; // the leadership sees every office; it is no office's member
            } else if (role.needsOffice() && officeId == null) {
                errors.add(
                        text(d.office()).isEmpty()
                                ? "Thiếu cơ quan (bắt buộc với vai trò "
                                        + role.label().toLowerCase(Locale.ROOT) + ")."
                                : "Không tìm thấy cơ quan \"" + d.office().strip() + "\" trong xã.");
            }
            String email = text(d.email()).toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches() || email.length() > MAX_TEXT) {
                errors.add(email.isEmpty() ? "Thiếu email." : "Email không hợp lệ: " + email + ".");
            } else if (emails.containsKey(email)) {
                errors.add("Trùng email với dòng " + emails.get(email) + ".");
            } else if (directory.emailTaken(email)) {
                errors.add("Email " + email + " đã có tài khoản.");
            }
            emails.putIfAbsent(email, row);
            String phone = text(d.phone()).replaceAll("[\\s.()-]", "");
            if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                errors.add("Số điện thoại không hợp lệ: " + d.phone().strip() + ".");
            }
            String userId = login(commune, email, logins);
            checked.add(new Checked(
                    row,
                    fullName,
                    text(d.position()),
                    text(d.office()),
                    officeId,
                    email,
                    phone,
                    role,
                    userId,
                    List.copyOf(errors)));
        }
        return checked;
    }

    /** Saves every draft or, when any is wrong, none; each new person is mailed their password link. */
    @Transactional
    public List<Checked> save(Commune commune, List<PersonDraft> drafts, String by) {
        if (drafts == null || drafts.isEmpty()) {
            throw Refusal.invalid("Chưa có người nào để lưu.");
        }
        List<Checked> checked = check(commune, drafts);
        if (checked.stream().anyMatch(c -> !c.errors().isEmpty())) {
            throw Refusal.invalid("Danh sách còn lỗi, chưa lưu ai: " + String.join(" ", errorLines(checked)));
        }
        for (Checked c : checked) {
            List<String> groups = new ArrayList<>();
            c.role().communeGroup(commune).ifPresent(groups::add);
            if (c.officeId() != null) {
                groups.add(c.officeId());
            }
            directory.createPerson(c.userId(), c.fullName(), c.email(), groups);
            persons.insert(
                    new Person(
                            c.userId(),
                            commune.id(),
                            c.fullName(),
                            c.position().isEmpty() ? null : c.position(),
                            c.email(),
                            c.phone().isEmpty() ? null : c.phone(),
                            c.role(),
                            c.officeId(),
                            true),
                    by);
            links.welcome(c.userId());
        }
        return checked;
    }

    static List<String> errorLines(List<Checked> checked) {
        return checked.stream()
                .filter(c -> !c.errors().isEmpty())
                .map(c -> "Dòng " + c.row() + ": " + String.join(" ", c.errors()))
                .toList();
    }

    /** The person works in another office from now on; what they had claimed stays with their former office. */
    @Transactional
    public void move(Commune commune, String userId, String officeId) {
        Person person = active(commune, userId);
        if (!person.role().needsOffice() && person.role() != PersonRole.CLERK) {
            throw Refusal.invalid("Vai trò " + person.role().label().toLowerCase(Locale.ROOT)
                    + " không thuộc cơ quan nào để chuyển.");
        }
        Office office = offices.findById(officeId == null ? "" : officeId)
                .filter(o -> offices.communeOf(o.id()).equals(commune.id()))
                .orElseThrow(() -> Refusal.invalid("Cơ quan " + officeId + " không thuộc xã."));
        if (office.id().equals(person.officeId())) {
            return;
        }
        releaseClaims(userId);
        directory.moveMembership(userId, person.officeId(), office.id());
        persons.moveTo(userId, office.id());
        sessions.endAllOf(userId);
    }

    /** The person left: their account opens nothing any more and their claimed tasks go back to the office. */
    @Transactional
    public void leave(Commune commune, String userId) {
        active(commune, userId);
        releaseClaims(userId);
        directory.closeAccount(userId);
        links.revoke(userId);
        persons.markLeft(userId, clock.instant());
        sessions.endAllOf(userId);
    }

    private Person active(Commune commune, String userId) {
        Person person = persons.find(userId)
                .filter(p -> p.communeId().equals(commune.id()))
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy cán bộ " + userId + " trong xã."));
        if (!person.active()) {
            throw Refusal.conflict("Cán bộ " + userId + " đã nghỉ.");
        }
        return person;
    }

    /**
     * Tasks are offered to the office (candidate group): releasing a claim gives the task back to it. The engine
     * also gave the claimant a grant of their own on each task they held; it goes with the claim.
     */
    private void releaseClaims(String userId) {
        for (Task task : tasks.createTaskQuery().taskAssignee(userId).list()) {
            tasks.setAssignee(task.getId(), null);
            authorizations
                    .createAuthorizationQuery()
                    .userIdIn(userId)
                    .resourceType(Resources.TASK)
                    .resourceId(task.getId())
                    .list()
                    .forEach(auth -> authorizations.deleteAuthorization(auth.getId()));
        }
    }

    /** A readable login from the email's local part ("nguyen.van.an"), with the commune's prefix, not yet taken. */
    private String login(Commune commune, String email, Set<String> taken) {
        String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        String base = Fold.key(local).replace(' ', '.');
        base = base.isEmpty() ? "canbo" : base.substring(0, Math.min(base.length(), MAX_LOGIN_BASE));
        String candidate = commune.qualify(base);
        for (int n = 2; taken.contains(candidate) || directory.userExists(candidate); n++) {
            candidate = commune.qualify(base + n);
        }
        taken.add(candidate);
        return candidate;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** An office as a staff list writes it: its name, short form or code, else what the plan importer would match. */
    private final class OfficeNames {
        private final Map<String, String> exact = new LinkedHashMap<>();
        private final OfficeMatcher matcher;

        OfficeNames(Commune commune, List<Office> communeOffices) {
            Map<String, String> shortNames = offices.shortNames(commune.id());
            for (Office o : communeOffices) {
                exact.putIfAbsent(Fold.key(o.name()), o.id());
                exact.putIfAbsent(Fold.key(o.id().substring(commune.idPrefix().length())), o.id());
                if (shortNames.containsKey(o.id())) {
                    exact.putIfAbsent(Fold.key(shortNames.get(o.id())), o.id());
                }
            }
            matcher =
                    new OfficeMatcher(communeOffices, offices.aliases(commune.id()), offices.collectives(commune.id()));
        }

        Optional<String> find(String written) {
            String key = Fold.key(written);
            if (exact.containsKey(key)) {
                return Optional.of(exact.get(key));
            }
            OfficeMatch match = matcher.match(written.strip());
            return match.matched() && !match.collective() && match.officeIds().size() == 1
                    ? Optional.of(match.officeIds().get(0))
                    : Optional.empty();
        }
    }
}
