package vn.commune.workflow.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.Application;
import vn.commune.workflow.Chromium;
import vn.commune.workflow.mail.OutboxSender;

/**
 * A province goes live, in real headless Chromium: the prod profile on an empty database prints a setup link; the
 * first administrator is made from it; they create the province, a commune, its offices (the standard ones, one
 * renamed) and import its staff list; the office head sets a password from the mailed link (GreenMail), the clerk
 * imports a plan, and the head finds its task in Tasklist. Its own app, so its own JVM.
 */
@Tag("own-jvm")
@ExtendWith(OutputCaptureExtension.class)
class GoingLiveBrowserTest {

    private static final Pattern SETUP_LINK =
            Pattern.compile("(http://localhost:\\d+/setup\\.html\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern PASSWORD_LINK =
            Pattern.compile("(http://localhost:\\d+/password\\.html\\?token=[A-Za-z0-9_-]+)");
    private static final String ADMIN_PASSWORD = "Quan-Tri-Tinh-2026!";
    private static final String HEAD_PASSWORD = "Truong-Phong-2026!";
    private static final String CLERK_PASSWORD = "Van-Thu-Xa-2026!";
    private static final String TASK = "Tổ chức Ngày hội văn hóa các dân tộc xã An Bình";

    private WebDriver browser;
    private WebDriverWait wait;
    private String base;

    @Test
    void fromAnEmptyDatabaseToTheOfficeHeadsTaskInTasklist(CapturedOutput log) throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        int port = freePort();
        int smtp = freePort();
        base = "http://localhost:" + port;
        GreenMail mail = new GreenMail(new ServerSetup(smtp, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Path dataDir = Files.createTempDirectory(Path.of("target"), "going-live-postgres-");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test", "prod")
                .run(
                        "--workflow.embedded-postgres.data-dir=" + dataDir,
                        "--server.port=" + port,
                        "--workflow.base-url=" + base,
                        "--spring.mail.host=localhost",
                        "--spring.mail.port=" + smtp,
                        // Plain http in the test: the Secure cookies of prod (checked by ProdProfileTransportTest)
                        // would not come back.
                        "--server.servlet.session.cookie.secure=false",
                        "--camunda.bpm.webapp.csrf.enable-secure-cookie=false")) {
            AppHttp http = new AppHttp(port);

            Matcher setup = SETUP_LINK.matcher(log.getOut());
            assertThat(setup.find()).as("the first start logs a setup link").isTrue();
            browser.get(setup.group(1));
            type("userId", "quantri");
            type("fullName", "Nguyễn Quản Trị");
            type("email", "quantri@tinh.example");
            type("password", ADMIN_PASSWORD);
            type("password2", ADMIN_PASSWORD);
            click(By.id("submit"));
            await(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            Chromium.shot(browser, "going-live-01-quan-tri-dau-tien");
            String token = setup.group(1).substring(setup.group(1).indexOf("token=") + 6);
            HttpResponse<String> reused = http.fromPage(
                    "POST",
                    "/api/account/setup",
                    "{\"token\":\"" + token + "\",\"userId\":\"ke-khac\",\"fullName\":\"Kẻ khác\","
                            + "\"email\":\"k@x.example\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
            assertThat(reused.statusCode())
                    .as("the setup link is dead once used")
                    .isEqualTo(404);
            assertThat(AppHttp.json(reused).get("message").asText()).contains("đã được dùng");

            logIn("quantri", ADMIN_PASSWORD);
            browser.get(base + "/admin/setup");
            type("province-id", "quang-ngai");
            type("province-name", "Tỉnh Quảng Ngãi");
            click(By.id("province-save"));
            await(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#commune-province option[value='quang-ngai']")));
            type("commune-id", "an-binh");
            type("commune-name", "Xã An Bình");
            type("commune-prefix", "anbinh");
            click(By.id("commune-save"));
            WebElement thon = await(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#offices input.office-name[data-row='9']")));
            assertThat(browser.findElements(By.cssSelector("#offices tbody tr")))
                    .hasSize(10);
            assertThat(browser.findElement(By.cssSelector("#offices input.office-name[data-row='1']"))
                            .getDomProperty("value"))
                    .isEqualTo("Phòng Văn hóa - Xã hội");
            thon.clear();
            thon.sendKeys("Ban Nhân dân các thôn, tổ dân phố");
            click(By.id("offices-save"));
            await(ExpectedConditions.textToBePresentInElementLocated(By.id("office-message"), "Đã lưu 10 cơ quan"));
            Chromium.shot(browser, "going-live-02-co-quan");

            Path staff = Files.createTempFile("danh-sach-can-bo", ".csv");
            Files.writeString(
                    staff,
                    "STT,Họ và tên,Chức vụ,Cơ quan,Email,Điện thoại\n"
                            + "1,Nguyễn Văn Chủ,Chủ tịch UBND xã,UBND xã,chutich@anbinh.example,0905000001\n"
                            + "2,Trần Thị Bình,Trưởng phòng,Phòng VH-XH,binh@anbinh.example,0905000002\n"
                            + "3,Phạm Thị Hoa,Văn thư,Văn phòng HĐND và UBND xã,hoa@anbinh.example,\n",
                    StandardCharsets.UTF_8);
            browser.findElement(By.id("staff-file")).sendKeys(staff.toString());
            await(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-message"), "không có lỗi"));
            assertThat(browser.findElement(By.id("staff-preview")).getText())
                    .contains("Trần Thị Bình")
                    .contains("anbinh.binh");
            Chromium.shot(browser, "going-live-03-xem-truoc-danh-sach");
            click(By.id("staff-save"));
            await(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-message"), "Đã lưu 3 người"));
            assertThat(browser.findElement(By.id("people")).getText())
                    .contains("anbinh.binh")
                    .contains("Phòng Văn hóa - Xã hội");

            app.getBean(OutboxSender.class).deliverPending();
            browser.get(base + "/login");
            click(By.id("forgot-password"));
            await(ExpectedConditions.urlContains("/forgot-password.html"));
            browser.get(passwordLink(mail, "binh@anbinh.example"));
            await(ExpectedConditions.textToBePresentInElementLocated(By.id("account"), "anbinh.binh"));
            type("password", "yeu");
            type("password2", "yeu");
            click(By.id("submit"));
            await(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "ít nhất 10 ký tự"));
            retype("password", HEAD_PASSWORD);
            retype("password2", HEAD_PASSWORD);
            click(By.id("submit"));
            await(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            Chromium.shot(browser, "going-live-04-dat-mat-khau");

            String clerkToken = passwordLink(mail, "hoa@anbinh.example").replaceAll(".*token=", "");
            assertThat(http.fromPage(
                                    "POST",
                                    "/api/account/password",
                                    "{\"token\":\"" + clerkToken + "\",\"password\":\"" + CLERK_PASSWORD + "\"}")
                            .statusCode())
                    .isEqualTo(200);
            byte[] plan = ("STT;Tên nhiệm vụ;Đơn vị chủ trì;Thời hạn\n1;" + TASK
                            + ";Phòng Văn hóa - Xã hội;31/12/2026\n")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> imported = new AppHttp(port, CLERK_PASSWORD)
                    .upload("/api/plans/import?monitoringOffice=anbinh.vp-ubnd", "anbinh.hoa", "ke-hoach.csv", plan);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

            // The head's Tasklist session over HTTP: it offers their office's filter. This also warms the cold app up:
            // Tasklist's loader gives up on a plugin script after 7 s, which its first serving can take on a busy
            // machine.
            AppHttp.Webapp tasklist = new AppHttp(port, HEAD_PASSWORD).webapp("anbinh.binh");
            assertThat(tasklist.send("GET", "/camunda/api/admin/auth/user/default", null)
                            .body())
                    .contains("\"tasklist\"");
            assertThat(tasklist.engine("GET", "/filter?resourceType=Task", null).body())
                    .contains("Việc của phòng");

            logIn("anbinh.binh", HEAD_PASSWORD);
            browser.get(base + "/camunda/app/tasklist/default/");
            By officeFilter = By.xpath("//*[normalize-space(text())='Việc của phòng']");
            try {
                wait.until(ExpectedConditions.visibilityOfElementLocated(officeFilter));
            } catch (org.openqa.selenium.TimeoutException loaderGaveUp) {
                browser.navigate().refresh(); // as a person would, once, if the first load stalls (see above)
                await(ExpectedConditions.visibilityOfElementLocated(officeFilter));
            }
            await(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(normalize-space(.), '"
                            + TASK + "')]")));
            Chromium.shot(browser, "going-live-05-tasklist-truong-phong");
        } finally {
            browser.quit();
            mail.stop();
        }
    }

    private String passwordLink(GreenMail mail, String to) throws Exception {
        MimeMessage message = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(to));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no mail to " + to));
        assertThat(message.getSubject()).startsWith("Đặt mật khẩu tài khoản");
        Matcher link = PASSWORD_LINK.matcher(message.getContent().toString());
        assertThat(link.find()).as("the mail carries the link").isTrue();
        return link.group(1);
    }

    private void logIn(String user, String password) throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        type("username", user);
        type("password", password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void type(String id, String text) throws IOException {
        await(ExpectedConditions.visibilityOfElementLocated(By.id(id))).sendKeys(text);
    }

    private void retype(String id, String text) throws IOException {
        WebElement field = await(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void click(By by) throws IOException {
        await(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Waits, keeping a screenshot of the page if it never comes. */
    private <T> T await(ExpectedCondition<T> condition) throws IOException {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            Chromium.shot(browser, "going-live-failed-" + System.currentTimeMillis());
            browser.manage()
                    .logs()
                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                    .getAll()
                    .forEach(entry -> System.out.println("browser console: " + entry.getMessage()));
            throw e;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
