package vn.commune.workflow.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.commune.workflow.importer.PlanImportService.ChosenOffices;
import vn.commune.workflow.importer.PlanImportService.ImportChoices;
import vn.commune.workflow.importer.PlanImportService.ImportPreview;
import vn.commune.workflow.importer.PlanImportService.ProposalChoice;
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
     * unknown name → office id), {@code monitoringOffice} (office id), {@code allowDuplicate=true},
     * {@code tasks} (JSON: task number → {"leadOffices": [ids], "coordinatingOffices": [ids]}, replacing
     * what the document gives; either list may be left out), {@code proposals} (JSON: number of a proposed
     * indicator → "INDICATOR", "TASK" or "DROP"; kept as indicator when not given).
     */
    @PostMapping(path = "/api/plans/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportPreview importPlan(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String mappings,
            @RequestParam(required = false) String monitoringOffice,
            @RequestParam(defaultValue = "false") boolean allowDuplicate,
            @RequestParam(required = false) String tasks,
            @RequestParam(required = false) String proposals)
            throws IOException {
        ImportChoices choices = new ImportChoices(
                readJson(
                        mappings,
                        new TypeReference<Map<String, String>>() {},
                        "Ánh xạ cơ quan (mappings) phải là JSON dạng {\"tên trong văn bản\": \"mã cơ quan\"}."),
                blankToNull(monitoringOffice),
                allowDuplicate,
                readJson(
                        tasks,
                        new TypeReference<Map<String, ChosenOffices>>() {},
                        "Cơ quan giao cho nhiệm vụ (tasks) phải là JSON dạng {\"số nhiệm vụ\": {\"leadOffices\":"
                                + " [\"mã cơ quan\"], \"coordinatingOffices\": [\"mã cơ quan\"]}}."),
                readProposals(proposals));
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return dryRun
                ? imports.preview(name, file.getBytes(), choices)
                : imports.importPlan(name, file.getBytes(), choices);
    }

    private Map<String, ProposalChoice> readProposals(String proposals) {
        String format = "Lựa chọn cho chỉ tiêu đề xuất (proposals) phải là JSON dạng {\"số\": \"INDICATOR\" | \"TASK\""
                + " | \"DROP\"} (giữ làm chỉ tiêu, chuyển thành nhiệm vụ, bỏ).";
        Map<String, String> choices = readJson(proposals, new TypeReference<Map<String, String>>() {}, format);
        try {
            return choices.entrySet().stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey,
                            e -> ProposalChoice.valueOf(e.getValue().toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid(format);
        }
    }

    private <T> Map<String, T> readJson(String value, TypeReference<Map<String, T>> type, String format) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, T> read = json.readValue(value, type);
            if (read == null || read.containsKey(null) || read.containsValue(null)) {
                throw Refusal.invalid(format);
            }
            return read;
        } catch (IOException e) {
            throw Refusal.invalid(format);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
