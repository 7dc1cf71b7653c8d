package vn.commune.workflow.setup;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.account.PasswordLinks;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.mail.Recipient;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.security.Groups;
import vn.commune.workflow.system.Refusal;

/**
 * The province's staff who follow its communes: they read every commune of the province side by side and change
 * nothing. Like every person set up from the pages, they choose their own password from a mailed link.
 */
@Service
class ProvinceViewers {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final Communes communes;
    private final OfficeDirectory directory;
    private final PasswordLinks links;

    ProvinceViewers(Communes communes, OfficeDirectory directory, PasswordLinks links) {
        this.communes = communes;
        this.directory = directory;
        this.links = links;
    }

    List<Recipient> of(String provinceId) {
        return directory.membersOf(group(provinceId));
    }

    @Transactional
    void add(String provinceId, String userId, String fullName, String email) {
        String group = group(provinceId);
        if (userId == null || !LOGIN.matcher(userId).matches()) {
            throw Refusal.invalid(
                    "Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và các dấu . _ - (tối đa 64 ký tự).");
        }
        if (fullName == null || fullName.isBlank()) {
            throw Refusal.invalid("Cần ghi họ tên.");
        }
        if (email == null || !People.EMAIL.matcher(email.strip()).matches()) {
            throw Refusal.invalid("Địa chỉ email không hợp lệ: " + email + ".");
        }
        if (directory.userExists(userId)) {
            throw Refusal.conflict("Đã có tài khoản " + userId + ".");
        }
        if (directory.emailTaken(email.strip())) {
            throw Refusal.conflict("Email " + email.strip() + " đã dùng cho một tài khoản khác.");
        }
        directory.createProvinceGroup(group, Groups.PROVINCE_GROUP_NAME);
        directory.createPerson(userId, fullName.strip(), email.strip(), List.of(group));
        links.welcome(userId);
    }

    private String group(String provinceId) {
        if (provinceId == null || !communes.provinceExists(provinceId)) {
            throw Refusal.notFound("Không có tỉnh mã " + provinceId + ".");
        }
        return Groups.PROVINCE_GROUP_PREFIX + provinceId;
    }
}
