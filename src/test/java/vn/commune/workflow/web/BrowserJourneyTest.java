package vn.commune.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;

/**
 * The product as people use it, in real headless Chromium: an office head takes a task from "Việc của
 * phòng" in the Vietnamese Tasklist (offered nothing they may not do) and completes it with evidence, the
 * monitoring office accepts it, the chairman sees the counts change and a late task at the top, and pushes its
 * office by email and extends its deadline in the page's dialogs. The clerk's import preview shows a document's
 * text as text; the administrator's Cockpit writes dates as dd/MM/yyyy. No page breaks its Content-Security-Policy.
 * Screenshots of each page are saved in target/screenshots.
 */
class BrowserJourneyTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");

    @LocalServerPort
    private int port;

    @Autowired
    private AssignmentRepository assignments;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: Debian's chromium and chromium-driver are not installed (.ci/run installs them).");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--lang=vi",
                        "--window-size=1280,1000");
        // The console tells of scripts or styles the Content-Security-Policy blocked.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build(),
                options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromTheOfficesTaskListToTheChairmansReminder() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 20, 9, 0));
        long plan = createPlan(
                "vp-ubnd",
                LocalDate.of(2026, 11, 20),
                task("1", "25/11/2026", "vhxh"),
                task("2", "21/11/2026", "kinh-te"),
                task("3", "21/11/2026", "cong-an"));
        String title = jdbc.sql("select title from plan_task where plan_id = ? and number = '1'")
                .param(plan)
                .query(String.class)
                .single();

        logIn(head("vhxh"));
        shot("01-ke-hoach");
        open("/camunda/app/tasklist/default/");
        officeFilterShown();
        // Rendered, and hidden: the vendor's migration banner and the actions only an administrator may take.
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.create-task-action")));
        assertThat(browser.findElements(
                        By.cssSelector(".ce-eol-banner, li.create-task-action, li.start-process-action")))
                .hasSize(3)
                .noneMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.tagName("body")).getText())
                .doesNotContain("Tạo nhiệm vụ")
                .doesNotContain("Khởi tạo quy trình")
                .doesNotContain("Camunda 8");
        assertThat(await(ExpectedConditions.visibilityOfElementLocated(By.id("commune-home-link")))
                        .getAttribute("href"))
                .as("Tasklist links back to the product's pages")
                .endsWith("/");
        click(taskLink("1. " + title));
        click(By.xpath("//*[self::button or self::a][contains(normalize-space(.), 'Nhận việc')]"));
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resultNote")));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Kết quả thực hiện")
                .contains("Minh chứng");
        note.sendKeys("Đã ban hành kế hoạch số 12/KH-VHXH");
        Path pdf = Files.createTempFile("bien-ban", ".pdf");
        Files.writeString(pdf, "%PDF-1.4 biên bản");
        browser.findElement(By.id("evidence-file")).sendKeys(pdf.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("evidence-list"), pdf.getFileName().toString()));
        shot("02-tasklist-nop-minh-chung");
        click(By.xpath("//button[normalize-space(.)='Hoàn thành']"));
        waitUntil(() -> engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(businessKeyOf(plan, "1"))
                        .taskDefinitionKey("Task_ReviewEvidence")
                        .count()
                == 1);

        logIn(head("vp-ubnd"));
        open("/camunda/app/tasklist/default/");
        officeFilterShown();
        click(taskLink("Kiểm tra kết quả: 1."));
        click(By.xpath("//*[self::button or self::a][contains(normalize-space(.), 'Nhận việc')]"));
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("task-info"), "Nhiệm vụ 1"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("accepted"))).selectByValue("true");
        shot("03-kiem-tra-ket-qua");
        click(By.xpath("//button[normalize-space(.)='Hoàn thành']"));
        waitUntil(() -> assignments
                        .find(Long.parseLong(businessKeyOf(plan, "1")), office("vhxh"))
                        .orElseThrow()
                        .status()
                == AssignmentStatus.DONE);

        // Task 2 was due Saturday 21/11, so Monday 23/11: on the 24th it is late.
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 24, 9, 0));
        runDueJobs(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn(commune).list().stream()
                .map(pi -> pi.getId())
                .toList());
        deliverDueMail();
        greenMail.purgeEmailFromAllMailboxes();

        logIn(chairman());
        wait.until(ExpectedConditions.urlContains("/dashboard.html"));
        new org.openqa.selenium.support.ui.Select(await(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("#plan option[value='" + plan + "']")))
                        .findElement(By.xpath("..")))
                .selectByValue(String.valueOf(plan));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#by-office tr[data-office='" + office("vhxh") + "']"), "Văn hóa"));
        List<WebElement> vhxh =
                browser.findElements(By.cssSelector("#by-office tr[data-office='" + office("vhxh") + "'] td"));
        assertThat(vhxh.get(4).getText()).as("Hoàn thành đúng hạn").isEqualTo("1");
        By kinhTe = overdueRow("Phòng Kinh tế");
        assertThat(await(ExpectedConditions.visibilityOfElementLocated(kinhTe)).getText())
                .contains("1 ngày");
        shot("04-chu-tich");
        // The page's own dialogs, never the browser's: a prompt, alert or confirm would be counted here.
        ((JavascriptExecutor) browser)
                .executeScript("window.nativeDialogs = 0; window.prompt = window.alert = window.confirm ="
                        + " function () { window.nativeDialogs++; return null; };");

        actOn(kinhTe, "Đôn đốc");
        WebElement directive = await(ExpectedConditions.visibilityOfElementLocated(By.id("dialog-note")));
        assertThat(browser.findElement(By.cssSelector("label[for='dialog-note']"))
                        .getText())
                .isEqualTo("Ý kiến chỉ đạo gửi kèm thư đôn đốc");
        directive.sendKeys("Đề nghị hoàn thành ngay");
        shot("05-dialog-don-doc");
        click(By.id("dialog-send"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("action-dialog")));
        wait.until(ExpectedConditions.textToBe(By.id("action-status"), "Đã ghi nhận."));

        deliverDueMail();
        List<MimeMessage> mail = receivedMail();
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo(emailOf(head("kinh-te")));
        assertThat(mail.get(0).getSubject()).isEqualTo("[Đôn đốc] Nhiệm vụ 2 - Phòng Kinh tế - hạn 23/11/2026");
        assertThat((String) mail.get(0).getContent()).contains("Ý kiến chỉ đạo: Đề nghị hoàn thành ngay");

        // Gia hạn: checked in the dialog before anything is sent (the share was due 23/11, today is 24/11).
        actOn(kinhTe, "Gia hạn");
        WebElement date = await(ExpectedConditions.visibilityOfElementLocated(By.id("dialog-date")));
        assertThat(browser.findElement(By.cssSelector("label[for='dialog-date']"))
                        .getText())
                .isEqualTo("Gia hạn đến ngày");
        click(By.id("dialog-send"));
        assertThat(dialogError()).isEqualTo("Chọn ngày gia hạn.");
        pickDate(date, LocalDate.of(2026, 11, 20));
        click(By.id("dialog-send"));
        assertThat(dialogError()).isEqualTo("Ngày gia hạn đã qua: chọn một ngày từ hôm nay (24/11/2026) trở đi.");
        shot("06-dialog-gia-han-loi");
        pickDate(date, LocalDate.of(2026, 11, 30));
        click(By.id("dialog-send"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("action-dialog")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(kinhTe));
        assertThat(assignments
                        .find(Long.parseLong(businessKeyOf(plan, "2")), office("kinh-te"))
                        .orElseThrow()
                        .task()
                        .dueDate())
                .isEqualTo(LocalDate.of(2026, 11, 30));

        // Chuyển cơ quan without choosing one is refused in the dialog; the server's refusal shows there too.
        By congAn = overdueRow("Công an xã");
        actOn(congAn, "Chuyển cơ quan");
        click(By.id("dialog-send"));
        assertThat(dialogError()).isEqualTo("Chọn cơ quan nhận nhiệm vụ.");
        click(By.id("dialog-cancel"));
        actOn(congAn, "Đôn đốc");
        await(ExpectedConditions.visibilityOfElementLocated(By.id("dialog-note")));
        // Meanwhile the office finished it.
        jdbc.sql("update assignment set status = 'DONE', completed_at = now() where plan_task_id = ? and office_id = ?")
                .params(Long.parseLong(businessKeyOf(plan, "3")), office("cong-an"))
                .update();
        click(By.id("dialog-send"));
        assertThat(dialogError()).isEqualTo("Nhiệm vụ đã hoàn thành.");
        shot("07-dialog-loi-may-chu");
        click(By.id("dialog-cancel"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.nativeDialogs"))
                .isEqualTo(0L);

        browser.manage().window().setSize(new Dimension(390, 844));
        shot("08-chu-tich-dien-thoai");
        Task open = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, "2"))
                .singleResult();
        assertThat(open).isNotNull();
        assertNoPolicyViolations();
    }

    @Test
    void theImportPreviewShowsADocumentsTextAsText() throws Exception {
        String office = "Phòng \"><img src=x onerror=alert(1)>";
        Path csv = Files.createTempFile("ke-hoach", ".csv");
        Files.writeString(
                csv,
                "STT;Tên nhiệm vụ;Đơn vị chủ trì;Thời hạn\n1;Rà soát hộ nghèo;\"" + office.replace("\"", "\"\"")
                        + "\";Quý IV/2026\n");
        logIn(chairman());
        open("/import.html");
        await(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(csv.toString());
        WebElement mapping = await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#mappings select")));
        shot("09-nhap-ke-hoach");
        assertThat(mapping.getDomAttribute("data-name")).isEqualTo(office);
        assertThat(mapping.findElements(By.tagName("option")))
                .as("the commune's offices, and nothing from the document")
                .hasSizeGreaterThan(5)
                .allMatch(o -> o.findElements(By.xpath("./*")).isEmpty());
        assertThat(browser.findElement(By.id("mappings")).getText()).contains("«" + office + "» là:");
        assertThat(browser.findElements(By.tagName("img")))
                .as("no element made from the document")
                .isEmpty();
        assertNoPolicyViolations();
    }

    @Test
    void theAdministratorsCockpitWritesDatesTheVietnameseWay() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 20, 9, 0));
        createPlan("vp-ubnd", LocalDate.of(2026, 11, 20), task("1", "25/11/2026", "vhxh"));
        String definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("PlanTask")
                .latestVersion()
                .singleResult()
                .getId();
        logIn("admin", "demo");
        open("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
        WebElement started = await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("td.start-time")));
        shot("10-cockpit");
        assertThat(started.getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

        open("/camunda/app/tasklist/default/");
        assertThat(await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.create-task-action")))
                        .getText())
                .as("an administrator is offered what staff are not")
                .contains("Tạo nhiệm vụ");
        assertThat(browser.findElement(By.cssSelector("li.start-process-action"))
                        .isDisplayed())
                .isTrue();
    }

    private static By overdueRow(String officeName) {
        return By.xpath("//table[@id='overdue']//tr[td[2][normalize-space(.)='" + officeName + "']]");
    }

    private void actOn(By row, String action) throws IOException {
        click(new ByChained(row, By.xpath(".//button[normalize-space(.)='" + action + "']")));
    }

    private String dialogError() throws IOException {
        return await(ExpectedConditions.visibilityOfElementLocated(By.id("dialog-error")))
                .getText();
    }

    /**
     * Picks a date as the field's calendar does. (Typing depends on the browser's own language, which sets the
     * field's order: dd/mm/yyyy for Vietnamese, but Debian's Chromium here has only en-US.)
     */
    private void pickDate(WebElement field, LocalDate date) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
                        field,
                        date.toString());
        assertThat(field.getDomProperty("value")).isEqualTo(date.toString());
    }

    /** Chromium logs what the Content-Security-Policy blocked on the app's pages to the console. */
    private void assertNoPolicyViolations() {
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .extracting(LogEntry::getMessage)
                .noneMatch(m -> m.contains("Content Security Policy"));
    }

    private void logIn(String user) {
        logIn(user, "demo");
    }

    private void logIn(String user, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** "Việc của phòng" is the first filter, selected when Tasklist opens. */
    private void officeFilterShown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[normalize-space(text())='Việc của phòng']")));
    }

    private static By taskLink(String name) {
        return By.xpath(
                "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(normalize-space(.), '"
                        + name + "')]");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void click(By by) throws IOException {
        await(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Waits, keeping a screenshot of the page if it never comes. */
    private <T> T await(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) throws IOException {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            shot("failed-" + System.currentTimeMillis());
            throw e;
        }
    }

    private void shot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("return document.readyState");
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        wait.until(d -> condition.getAsBoolean());
    }
}
