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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.mail.OutboxSender;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;

/**
 * The product as people use it, in real headless Chromium: an office head takes a task from "Việc của
 * phòng" in the Vietnamese Tasklist and completes it with evidence, the monitoring office accepts it, the
 * chairman sees the counts change and a late task at the top, and pushes its office by email.
 * Screenshots of each page are saved in target/screenshots.
 */
class BrowserJourneyTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");

    @LocalServerPort
    private int port;

    @Autowired
    private OutboxSender sender;

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
                task("2", "21/11/2026", "kinh-te"));
        String title = jdbc.sql("select title from plan_task where plan_id = ? and number = '1'")
                .param(plan)
                .query(String.class)
                .single();

        logIn("truong.vhxh");
        shot("01-ke-hoach");
        open("/camunda/app/tasklist/default/");
        officeFilterShown();
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

        logIn("truong.vp-ubnd");
        open("/camunda/app/tasklist/default/");
        officeFilterShown();
        click(taskLink("Kiểm tra kết quả: 1."));
        click(By.xpath("//*[self::button or self::a][contains(normalize-space(.), 'Nhận việc')]"));
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("task-info"), "Nhiệm vụ 1"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("accepted"))).selectByValue("true");
        shot("03-kiem-tra-ket-qua");
        click(By.xpath("//button[normalize-space(.)='Hoàn thành']"));
        waitUntil(() -> assignments
                        .find(Long.parseLong(businessKeyOf(plan, "1")), "vhxh")
                        .orElseThrow()
                        .status()
                == AssignmentStatus.DONE);

        // Task 2 was due Saturday 21/11, so Monday 23/11: on the 24th it is late.
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 24, 9, 0));
        runDueJobs(engine.getRuntimeService().createProcessInstanceQuery().list().stream()
                .map(pi -> pi.getId())
                .toList());
        sender.deliverPending();
        greenMail.purgeEmailFromAllMailboxes();

        logIn("chutich");
        wait.until(ExpectedConditions.urlContains("/dashboard.html"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("plan")))
                .selectByValue(String.valueOf(plan));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#by-office tr[data-office='vhxh']"), "Văn hóa"));
        List<WebElement> vhxh = browser.findElements(By.cssSelector("#by-office tr[data-office='vhxh'] td"));
        assertThat(vhxh.get(4).getText()).as("Hoàn thành đúng hạn").isEqualTo("1");
        WebElement top = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#overdue tbody tr")));
        assertThat(top.getText()).contains("Phòng Kinh tế").contains("1 ngày");
        shot("04-chu-tich");
        top.findElement(By.xpath(".//button[normalize-space(.)='Đôn đốc']")).click();
        wait.until(ExpectedConditions.alertIsPresent()).sendKeys("Đề nghị hoàn thành ngay");
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBe(By.id("action-status"), "Đã ghi nhận."));

        sender.deliverPending();
        MimeMessage[] mail = greenMail.getReceivedMessages();
        assertThat(mail).hasSize(1);
        assertThat(mail[0].getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo("truong.kinh-te@truonggiang.example");
        assertThat(mail[0].getSubject()).isEqualTo("[Đôn đốc] Nhiệm vụ 2 - Phòng Kinh tế - hạn 23/11/2026");
        assertThat((String) mail[0].getContent()).contains("Ý kiến chỉ đạo: Đề nghị hoàn thành ngay");

        browser.manage().window().setSize(new Dimension(390, 844));
        shot("05-chu-tich-dien-thoai");
        Task open = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(plan, "2"))
                .singleResult();
        assertThat(open).isNotNull();
    }

    private void logIn(String user) {
        browser.manage().deleteAllCookies();
        open("/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
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
