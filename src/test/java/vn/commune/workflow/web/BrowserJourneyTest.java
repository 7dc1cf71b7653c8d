package vn.commune.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.Chromium;
import vn.commune.workflow.EngineClock;
import vn.commune.workflow.IntegrationTest;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.demo.DemoPeople;
import vn.commune.workflow.importer.TesseractCheck;
import vn.commune.workflow.importer.YearlyPlanFixtures;
import vn.commune.workflow.office.OfficeDirectory;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.AssignmentStatus;
import vn.commune.workflow.plan.PlanDraft;
import vn.commune.workflow.security.Groups;

/**
 * The product as people use it, in real headless Chromium: an office head takes a task from "Việc của
 * phòng" in the Vietnamese Tasklist (offered nothing they may not do) and completes it with evidence, the
 * monitoring office accepts it, the chairman sees the counts change and a late task at the top, and pushes its
 * office by email and extends its deadline in the page's dialogs. The clerk's import preview shows a document's
 * text as text; the administrator's Cockpit writes dates as dd/MM/yyyy; the province's staff see their communes side by
 * side and open one's dashboard without its actions. No page breaks its Content-Security-Policy.
 * Screenshots of each page are saved in target/screenshots.
 */
class BrowserJourneyTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private Communes communes;

    @Autowired
    private DemoPeople people;

    @Autowired
    private OfficeDirectory directory;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Chromium.start();
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
        assertThat(browser.findElement(By.id("overdue-pages")).getText())
                .as("the late shares come a page at a time; all of them fit on the first")
                .matches("1–(\\d+) trên \\1 \\(trang 1/1\\).*");
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

    /**
     * The clerk imports a yearly report-and-plan whose tasks are bullets without offices: a report alone is refused
     * with the reason; the preview marks what needs a lead office, pre-fills the plan's own suggestions and flags the
     * assumed deadline; committing is refused while a task has no lead; one proposal becomes a task, the other stays
     * an indicator; the plan page and the offices' task lists then show the clerk's offices.
     */
    @Test
    void theClerkGivesABulletPlansTasksTheirOfficesAndDecidesItsProposals() throws Exception {
        String hostile =
                "Trang bị máy quét tài liệu \"><img src=x onerror=alert(1)> cho Bộ phận một cửa trong quý" + " I/2026.";
        List<YearlyPlanFixtures.Block> blocks = YearlyPlanFixtures.YEARLY.stream()
                .map(b ->
                        b.text().startsWith("Trang bị máy quét") ? new YearlyPlanFixtures.Block(b.kind(), hostile) : b)
                .toList();
        Path report = Files.createTempFile("bao-cao", ".docx");
        Files.write(report, YearlyPlanFixtures.docx(YearlyPlanFixtures.REPORT));
        Path planFile = Files.createTempFile("ke-hoach-2026", ".docx");
        Files.write(planFile, YearlyPlanFixtures.docx(blocks));
        long plansBefore = plansOfCommune();

        logIn(head("vp-ubnd"));
        open("/import.html");
        WebElement file = await(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        file.sendKeys(report.toString());
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("errors"), "là báo cáo, không phải kế hoạch"));
        assertThat(browser.findElement(By.id("preview")).isDisplayed()).isFalse();

        file.sendKeys(planFile.toString());
        await(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tasks > tr"), 7));
        assertThat(browser.findElements(By.cssSelector("#tasks > tr")))
                .extracting(row -> row.getDomAttribute("data-task"))
                .containsExactly("1", "2", "5", "6", "7", "8", "9");
        assertThat(row("8").getText()).contains("Cần giao cơ quan chủ trì");
        assertThat(leadMark("8").isDisplayed()).isTrue();
        assertThat(leadMark("1").isDisplayed())
                .as("pre-filled from «Tổ chức thực hiện»")
                .isFalse();
        assertThat(selected("1", "leadOffices")).containsExactly("tt-hcc");
        assertThat(selected("7", "leadOffices")).containsExactlyInAnyOrder("cong-an", "vhxh");
        assertThat(row("7").getText()).contains("Gợi ý theo mục Tổ chức thực hiện: Công an xã, Phòng Văn hóa - Xã hội");
        assertThat(row("1").getText()).contains("hoàn thành trước ngày 30/6/2026", "hạn xử lý 30/06/2026");
        assertThat(row("6").getText()).contains("Năm 2026", "Văn bản không ghi thời hạn: tạm đặt cuối năm");
        assertThat(row("9").findElements(By.tagName("td")).get(1).getText()).startsWith(hostile.substring(0, 40));
        assertThat(browser.findElements(By.tagName("img")))
                .as("the document's text stays text")
                .isEmpty();
        WebElement proposal = browser.findElement(By.cssSelector("#proposals tr[data-proposal='3']"));
        assertThat(proposal.getText()).contains("Tối thiểu 60% hồ sơ", "2026: Tối thiểu 60%", "%");
        assertThat(proposal.findElement(By.cssSelector("input[value='INDICATOR']"))
                        .isSelected())
                .isTrue();
        assertThat(browser.findElement(By.id("read-by")).isDisplayed()).isFalse();
        shot("11-nhap-ke-hoach-gach-dau-dong");

        click(By.id("confirm"));
        await(ExpectedConditions.textToBePresentInElementLocated(
                By.id("commit-errors"), "nhiệm vụ 8, 9 chưa có cơ quan chủ trì"));
        assertThat(plansOfCommune()).isEqualTo(plansBefore);

        click(By.cssSelector("#proposals tr[data-proposal='3'] input[value='TASK']"));
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tasks > tr[data-task='3']")));
        assertThat(browser.findElements(By.cssSelector("#tasks > tr")))
                .extracting(row -> row.getDomAttribute("data-task"))
                .containsExactly("1", "2", "3", "5", "6", "7", "8", "9");
        choose("3", "leadOffices", "tt-hcc");
        choose("5", "coordinatingOffices", "thon");
        choose("8", "leadOffices", "vp-ubnd");
        assertThat(leadMark("8").isDisplayed()).isFalse();
        choose("9", "leadOffices", "vp-ubnd");
        choose("9", "coordinatingOffices", "tt-hcc");
        assertThat(selected("1", "leadOffices"))
                .as("choices survive the new preview")
                .containsExactly("tt-hcc");
        shot("12-nhap-ke-hoach-da-chon");
        click(By.id("confirm"));
        WebElement created =
                await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result a[data-plan]")));
        assertThat(browser.findElement(By.id("result")).getText()).contains("Đã tạo kế hoạch 45/KH-UBND", "8 nhiệm vụ");
        long plan = Long.parseLong(created.getDomAttribute("data-plan"));
        assertThat(jdbc.sql("select name || ' | ' || unit from plan_indicator where plan_id = ?")
                        .param(plan)
                        .query(String.class)
                        .list())
                .as("the proposal kept as an indicator")
                .containsExactly(
                        "100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình. | %");

        open("/");
        // The page first shows the newest plan by itself, maybe this one: the click's rendering is the one to read.
        WebElement shownFirst = await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan > *")));
        click(By.cssSelector("#plans a[data-plan='" + plan + "']"));
        await(ExpectedConditions.stalenessOf(shownFirst));
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("plan"), "\"><img src=x onerror=alert(1)>"));
        assertThat(planRow("3").getText()).contains("Tối thiểu 60% hồ sơ", "Trung tâm Phục vụ hành chính công xã");
        assertThat(planRow("8").getText()).contains("Văn phòng HĐND và UBND xã");
        assertThat(planRow("7").getText()).contains("Công an xã", "Phòng Văn hóa - Xã hội");
        assertThat(planRow("9").getText()).contains("\"><img src=x onerror=alert(1)>", "Văn phòng HĐND và UBND xã");
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        shot("13-ke-hoach-da-nhap");
        assertNoPolicyViolations();

        // The office head finds the task in Tasklist (through the engine's REST API, as Tasklist asks); another does
        // not.
        AppHttp app = new AppHttp(port);
        String tasks = "/engine-rest/task?processInstanceBusinessKey=" + businessKeyOf(plan, "8");
        JsonNode found = AppHttp.json(app.get(tasks, head("vp-ubnd")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("name").asText()).startsWith("8. Nâng cấp mạng nội bộ");
        assertThat(AppHttp.json(app.get(tasks, head("kinh-te")))).isEmpty();
    }

    /** A scanned plan's preview says it was read by OCR, for the clerk to check against the paper. */
    @Test
    void aScannedPlansPreviewSaysItWasReadByOcr() throws Exception {
        assumeTrue(
                TesseractCheck.hasVietnamese(),
                "tesseract with Vietnamese data is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)");
        Path scan = Files.createTempFile("ke-hoach-scan", ".pdf");
        Files.write(scan, YearlyPlanFixtures.scannedPdf(YearlyPlanFixtures.YEARLY));
        logIn(chairman());
        open("/import.html");
        await(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(scan.toString());
        // Recognising three pages takes a while on a busy machine.
        WebElement readBy = new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("read-by")));
        assertThat(readBy.getText()).contains("nhận dạng chữ (OCR)", "đối chiếu");
        assertThat(browser.findElements(By.cssSelector("#tasks > tr"))).hasSize(7);
        shot("14-nhap-ban-quet");
        assertNoPolicyViolations();
    }

    private long plansOfCommune() {
        return jdbc.sql("select count(*) from plan where commune_id = ?")
                .param(commune)
                .query(Long.class)
                .single();
    }

    private WebElement row(String number) {
        return browser.findElement(By.cssSelector("#tasks > tr[data-task='" + number + "']"));
    }

    private WebElement planRow(String number) {
        return browser.findElement(By.xpath("//section[@id='plan']//tr[td[1][normalize-space(.)='" + number + "']]"));
    }

    private WebElement leadMark(String number) {
        return browser.findElement(By.cssSelector("[data-needs-lead='" + number + "']"));
    }

    private Select offices(String number, String role) {
        return new Select(
                browser.findElement(By.cssSelector("select[data-task='" + number + "'][data-role='" + role + "']")));
    }

    private List<String> selected(String number, String role) {
        return offices(number, role).getAllSelectedOptions().stream()
                .map(o -> code(o.getDomAttribute("value")))
                .toList();
    }

    /** Adds an office to a task's lead or coordinating offices. */
    private void choose(String number, String role, String office) {
        offices(number, role).selectByValue(office(office));
        assertThat(selected(number, role)).contains(office);
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

    @Test
    void theProvinceFollowsItsCommunesAndOpensOneReadOnly() throws Exception {
        EngineClock.setVietnamTime(LocalDateTime.of(2026, 11, 20, 9, 0));
        communes.createProvince("tinh-trinh-duyet", "Tỉnh Trình Duyệt");
        Commune quiet = people.create(new Commune("xa-yen-binh", "Xã Yên Bình", "tinh-trinh-duyet", "yenbinh."));
        Commune late = people.create(new Commune("xa-song-cau", "Xã Sông Cầu", "tinh-trinh-duyet", "songcau."));
        plans.create(
                late.id(),
                new PlanDraft(
                        "KH-SC",
                        LocalDate.of(2026, 10, 1),
                        "Kế hoạch của xã Sông Cầu",
                        late.qualify("vp-ubnd"),
                        "test",
                        null,
                        List.of(taskLedBy("1", "02/11/2026", List.of(late.qualify("kinh-te")))),
                        List.of()),
                "test");
        directory.createProvinceGroup(Groups.PROVINCE_GROUP_PREFIX + "tinh-trinh-duyet", "Sở theo dõi");
        directory.createDemoUser(
                "canbo.trinhduyet", "Cán bộ", "tỉnh", null, "demo", Groups.PROVINCE_GROUP_PREFIX + "tinh-trinh-duyet");

        logIn("canbo.trinhduyet");
        waitUntil(() -> browser.getCurrentUrl().endsWith("/tinh.html"));
        WebElement first = await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#communes tbody tr")));
        shot("15-tinh");
        assertThat(browser.findElement(By.id("title")).getText()).endsWith("Tỉnh Trình Duyệt");
        assertThat(first.getDomAttribute("data-commune"))
                .as("the commune with late work first")
                .isEqualTo(late.id());
        assertThat(first.findElements(By.tagName("td")).get(1).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("#communes tbody tr")))
                .extracting(r -> r.getDomAttribute("data-commune"))
                .containsExactly(late.id(), quiet.id());
        assertThat(browser.findElement(By.id("export")).getDomAttribute("href"))
                .isEqualTo("/api/province/summary.xlsx?province=tinh-trinh-duyet");

        click(By.linkText("Xã Sông Cầu"));
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Xã Sông Cầu (chỉ xem)"));
        await(ExpectedConditions.visibilityOfElementLocated(overdueRow("Phòng Kinh tế")));
        shot("16-xa-chi-xem");
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard.html?commune=" + late.id());
        assertThat(browser.findElements(By.cssSelector("button[data-action]")))
                .as("no action on another commune's work")
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("header a[href='/import.html']"))
                        .isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.id("province-link")).isDisplayed()).isTrue();
        assertNoPolicyViolations();
    }

    @Test
    void theAdministratorSendsAFailedMailAgainAndReadsItInTheAuditTrail() throws Exception {
        String subject = "Thư không đến " + System.nanoTime();
        jdbc.sql("""
                        insert into outbox_email(dedup_key, kind, recipient, recipient_user, subject, body, created_at, status,
                                                 attempts, next_attempt_at, last_error)
                        values (?, 'TEST', 'sai-dia-chi@localhost', ?, ?, 'Nội dung', now(), 'FAILED', 20, now(),
                                '550 Không có hộp thư này')""").params("browser-failed:" + subject, head("vhxh"), subject).update();
        long id = jdbc.sql("select id from outbox_email where subject = ?")
                .param(subject)
                .query(Long.class)
                .single();

        logIn("admin", "demo");
        // The administrator belongs to no commune, so "/" leads to the setup page; the plans page lists failed mail.
        open("/index.html");
        By failed = By.xpath("//section[@id='failed-mail']//tr[td[normalize-space(.)='" + subject + "']]");
        await(ExpectedConditions.visibilityOfElementLocated(failed));
        assertThat(browser.findElement(By.cssSelector("#failed-mail h2")).getText())
                .startsWith("Thư không gửi được");
        shot("11-failed-mail");
        click(new ByChained(failed, By.xpath(".//button[normalize-space(.)='Gửi lại']")));
        await(ExpectedConditions.invisibilityOfElementLocated(failed));
        assertThat(jdbc.sql("select status || ' ' || attempts from outbox_email where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING 0");

        click(By.id("audit-link"));
        By resent = By.xpath("//table[@id='events']//tr[td[normalize-space(.)='Thay đổi quản trị']"
                + " and td[normalize-space(.)='thư " + id + "']]");
        await(ExpectedConditions.visibilityOfElementLocated(resent));
        assertThat(browser.findElement(resent).getText()).contains("admin").contains("Gửi lại thư không gửi được");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByVisibleText("Đăng nhập");
        browser.findElement(By.id("user")).sendKeys("admin");
        click(By.cssSelector("#filters button[type=submit]"));
        await(ExpectedConditions.invisibilityOfElementLocated(resent));
        assertThat(browser.findElements(By.cssSelector("#events tbody tr")))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("admin").contains("Đăng nhập"));
        assertThat(browser.findElement(By.id("export")).getAttribute("href"))
                .endsWith("/api/audit.csv?user=admin&kind=LOGIN");
        shot("12-audit");
        assertNoPolicyViolations();
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
        Chromium.shot(browser, name);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        wait.until(d -> condition.getAsBoolean());
    }
}
