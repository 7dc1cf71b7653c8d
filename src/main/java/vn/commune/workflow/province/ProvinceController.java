package vn.commune.workflow.province;

import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.commune.Commune;
import vn.commune.workflow.commune.CommuneScope;
import vn.commune.workflow.commune.Communes;
import vn.commune.workflow.commune.Province;

/** The province view: province staff and the system administrator; everyone else is refused (403). */
@RestController
class ProvinceController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProvinceSummary summaries;
    private final CommuneScope scope;
    private final Communes communes;

    ProvinceController(ProvinceSummary summaries, CommuneScope scope, Communes communes) {
        this.summaries = summaries;
        this.scope = scope;
        this.communes = communes;
    }

    @GetMapping("/api/provinces")
    List<Province> provinces() {
        return summaries.readable();
    }

    @GetMapping("/api/province/summary")
    ProvinceSummary.Summary summary(@RequestParam(required = false) String province) {
        return summaries.summary(summaries.province(province));
    }

    @GetMapping("/api/province/summary.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String province) {
        ProvinceSummary.Summary summary = summaries.summary(summaries.province(province));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(
                                        "tinh-hinh-cac-xa-" + summary.province().id() + "-" + summary.asOf() + ".xlsx")
                                .build()
                                .toString())
                .body(SummaryWorkbook.write(summary));
    }

    /** The name of a commune the user may read (their own, one of their province's): the read-only dashboard's title. */
    @GetMapping("/api/province/communes/{id}")
    Map<String, String> commune(@PathVariable String id) {
        Commune commune = communes.get(scope.readable(id));
        return Map.of("id", commune.id(), "name", commune.name());
    }
}
