package vn.commune.workflow.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.commune.workflow.importer.PlanImportService.ImportChoices;
import vn.commune.workflow.importer.PlanImportService.ImportPreview;
import vn.commune.workflow.system.Refusal;

@RestController
class PlanImportController {

    private final PlanImportService imports;
    private final ObjectMapper json;

    PlanImportController(PlanImportService imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    /**
     * Multipart field {@code file}; {@code dryRun=true} previews. Optional: {@code mappings} (JSON object of
     * unknown name → office id), {@code monitoringOffice} (office id), {@code allowDuplicate=true}.
     */
    @PostMapping(path = "/api/plans/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportPreview importPlan(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String mappings,
            @RequestParam(required = false) String monitoringOffice,
            @RequestParam(defaultValue = "false") boolean allowDuplicate)
            throws IOException {
        ImportChoices choices =
                new ImportChoices(readMappings(mappings), blankToNull(monitoringOffice), allowDuplicate);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return dryRun
                ? imports.preview(name, file.getBytes(), choices)
                : imports.importPlan(name, file.getBytes(), choices);
    }

    private Map<String, String> readMappings(String mappings) {
        if (mappings == null || mappings.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(mappings, new TypeReference<Map<String, String>>() {});
        } catch (IOException e) {
            throw Refusal.invalid(
                    "Ánh xạ cơ quan (mappings) phải là JSON dạng {\"tên trong văn bản\": \"mã cơ quan\"}.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
