package vn.commune.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.indicator.Indicator;
import vn.commune.workflow.indicator.Indicators;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.reportperiod.ReportingScheduler;

/**
 * Issue #15 point 1 in headless Chromium: the plan page and the dashboard show a plan's indicators with their value per
 * period, and the chairman corrects a target there, the correction listed with who made it. No Content-Security-Policy
 * violation. Screenshots in target/screenshots.
 */
class IndicatorPagesBrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    private int port;

    @Autowired
    private ReportingScheduler scheduler;

    @Autowired
    private Indicators indicators;

    private WebDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePlanPageAndTheDashboardShowTheTrendAndTheChairmanCorrectsATarget() throws Exception {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: Debian's chromium and chromium-driver are not installed (.ci/run installs them).");
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 9, 15, 9, 0));
        long plan = plans.create(
                commune,
                new PlanDraft(
                        "77/KH-UBND",
                        LocalDate.of(2026, 9, 15),
                        "Kế hoạch chuyển đổi số",
                        office("vhxh"),
                        "test",
                        null,
                        List.of(new PlanDraft.TaskDraft(
                                "1",
                                null,
                                "Cập nhật dữ liệu",
                                "Phòng Kinh tế",
                                "",
                                "Dữ liệu",
                                "Thường xuyên",
                                List.of(office("kinh-te")),
                                List.of())),
                        List.of(new PlanDraft.IndicatorDraft(
                                "1",
                                "Tỷ lệ hồ sơ trực tuyến toàn trình",
                                "%",
                                Map.of("2026", "≥ 80"),
                                "Trung tâm PVHCC",
                                office("tt-hcc")))),
                "test");
        Indicator rate = indicators.ofPlan(plan).get(0);
        for (YearMonth month : List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10))) {
            EngineClock.setVietnamTime(month.plusMonths(1).atDay(1).atTime(0, 5));
            scheduler.openDuePeriods(commune);
            long period = jdbc.sql("select id from report_period where plan_id = ? and period = ?")
                    .params(plan, month.toString())
                    .query(Long.class)
                    .single();
            indicators.saveValue(rate, period, month, month.getMonthValue() == 9 ? "85,5" : "79,9", null, "test");
        }
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 5, 9, 0));

        startBrowser();
        logIn(chairman());
        browser.get("http://localhost:" + port + "/index.html");
        WebElement section = waitFor(By.cssSelector("#indicators table"));
        assertThat(section.getText())
                .contains("Tỷ lệ hồ sơ trực tuyến toàn trình")
                .contains("9/2026", "10/2026")
                .contains("Trung tâm Phục vụ hành chính công xã")
                .contains("85,5", "79,9")
                .contains("Chưa đạt");
        shot("indicators-plan-page");

        browser.findElement(By.cssSelector("#indicators input[aria-label='Chỉ tiêu mới']"))
                .sendKeys("≥ 75");
        browser.findElement(By.cssSelector("#indicators input[aria-label='Lý do']"))
                .sendKeys("Theo Nghị quyết HĐND xã");
        browser.findElement(By.cssSelector("#indicators form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("indicators"), "→ ≥ 75"));
        assertThat(browser.findElement(By.id("indicators")).getText())
                .contains("Năm 2026: ≥ 80 → ≥ 75 (" + chairman())
                .contains("Theo Nghị quyết HĐND xã")
                .contains("Đạt");

        browser.get("http://localhost:" + port + "/dashboard.html");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d ->
                        new Select(d.findElement(By.id("plan"))).getOptions().size() > 1);
        new Select(browser.findElement(By.id("plan"))).selectByValue(String.valueOf(plan));
        assertThat(waitFor(By.cssSelector("#indicators table")).getText()).contains("85,5", "79,9");
        shot("indicators-dashboard");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .extracting(LogEntry::getMessage)
                .noneMatch(m -> m.contains("Content Security Policy"));
    }

    private void startBrowser() {
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--lang=vi",
                        "--window-size=1280,1000");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build(),
                options);
    }

    private void logIn(String user) {
        browser.get("http://localhost:" + port + "/login");
        waitFor(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void shot(String name) throws Exception {
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
