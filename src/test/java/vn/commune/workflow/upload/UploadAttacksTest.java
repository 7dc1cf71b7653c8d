package vn.commune.workflow.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.commune.workflow.AppHttp.json;
import static vn.commune.workflow.upload.Samples.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.IntegrationTest;

/**
 * Attacks on the two upload endpoints, over HTTP against the running app on PostgreSQL: evidence
 * (POST /api/tasks/{id}/evidence) and plan import (POST /api/plans/import). Each is refused with a Vietnamese
 * message naming the file, and nothing is stored.
 */
class UploadAttacksTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private AppHttp app;
    private String taskId;
    private String upload;

    @BeforeEach
    void taskOfVanHoaXaHoi() {
        app = new AppHttp(port);
        long plan = createPlan("vp-ubnd", LocalDate.of(2026, 1, 5), task("1", "Thường xuyên", "vhxh"));
        taskId = taskOf(plan, "1");
        upload = "/api/tasks/" + taskId + "/evidence";
    }

    /** Accepted and stored before the fix: 500 MB of zeros in a 500 KB .docx. */
    @Test
    void aZipBombDocxIsRefusedAsEvidenceAndNothingIsStored() throws Exception {
        HttpResponse<String> response = app.upload(upload, head("vhxh"), "bao-cao.docx", Samples.bombDocx());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("message").asText())
                .isEqualTo("Tệp \"bao-cao.docx\" có mục «word/document.xml» nén 0,5 MB nhưng giải nén ra 500,0 MB;"
                        + " nghi là «bom nén» nên không được mở.");
        assertThat(storedEvidence()).isZero();
    }

    @Test
    void aPdfCarryingAScriptIsRefused() throws Exception {
        byte[] pdf = Samples.pdfWithCatalog("");
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        polyglot.write(pdf, 0, 9);
        polyglot.writeBytes(utf8("%<script>fetch('/api/me').then(r => r.text()).then(alert)</script>\n"));
        polyglot.write(pdf, 9, pdf.length - 9);
        HttpResponse<String> response = app.upload(upload, head("vhxh"), "hoa-don.pdf", polyglot.toByteArray());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("message").asText())
                .startsWith("Tệp \"hoa-don.pdf\" có lẫn mã HTML/script («<script»)");
        assertThat(storedEvidence()).isZero();
    }

    @Test
    void aNameWithARightToLeftOverrideIsStoredAndServedCleaned() throws Exception {
        byte[] pdf = Samples.signedPdf();
        HttpResponse<String> response = app.upload(upload, head("vhxh"), "Báo cáo\u202E\u2066 kết quả.pdf", pdf);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode stored = json(response);
        assertThat(stored.get("fileName").asText()).isEqualTo("Báo cáo kết quả.pdf");
        assertThat(stored.get("contentType").asText()).isEqualTo("application/pdf");

        HttpResponse<byte[]> download =
                app.getBytes("/api/evidence/" + stored.get("id").asText(), chairman());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        String disposition =
                download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("Báo cáo kết quả.pdf");
        assertThat(disposition).doesNotContain("%E2%80%AE", "%E2%81%A6", "\u202E");
        assertThat(storedEvidence()).isOne();
    }

    @Test
    void aDocxDeclaringADoctypeIsRefused() throws Exception {
        byte[] docx = Samples.docx(Map.of(
                "word/document.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + "<d>&x;</d>"));
        HttpResponse<String> response = app.upload(upload, head("vhxh"), "bien-ban.docx", docx);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("message").asText())
                .contains("\"bien-ban.docx\"", "«word/document.xml»", "DOCTYPE");
        assertThat(storedEvidence()).isZero();
    }

    @Test
    void aWordFileWithMacrosIsRefused() throws Exception {
        byte[] doc = Samples.ole2(Map.of(
                "WordDocument", new byte[600],
                "1Table", new byte[100],
                "Macros/VBA/ThisDocument", utf8("Sub AutoOpen()")));
        HttpResponse<String> response = app.upload(upload, head("vhxh"), "cong-van.doc", doc);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("message").asText()).contains("\"cong-van.doc\"", "macro", "xuất ra PDF");
        assertThat(storedEvidence()).isZero();
    }

    @Test
    void theZipBombIsRefusedByThePlanImportToo() throws Exception {
        long plansBefore =
                jdbc.sql("select count(*) from plan").query(Long.class).single();
        HttpResponse<String> response =
                app.upload("/api/plans/import?dryRun=true", chairman(), "ke-hoach.docx", Samples.bombDocx());
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("where").asText()).isEqualTo("toàn tệp");
        assertThat(error.get("message").asText())
                .startsWith("Tệp \"ke-hoach.docx\" có mục «word/document.xml»")
                .contains("bom nén");
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                .isEqualTo(plansBefore);
    }

    private long storedEvidence() {
        return jdbc.sql("select count(*) from evidence where camunda_task_id = ?")
                .param(taskId)
                .query(Long.class)
                .single();
    }
}
