package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.commune.workflow.office.OfficeMatch;
import vn.commune.workflow.office.OfficeMatcher;

/**
 * Suggests lead offices for a task the plan gives none, from its "Tổ chức thực hiện" section: an office
 * given a field of work ("nông nghiệp", "dịch vụ công trực tuyến") is suggested for every task whose title
 * names that field, the office with most fields named first. Only suggested: the clerk decides.
 */
final class LeadSuggestions {
    private record Field(String key, List<String> officeIds) {}

    private final List<Field> fields = new ArrayList<>();

    LeadSuggestions(List<FieldOffices> organisation, OfficeMatcher matcher) {
        for (FieldOffices line : organisation) {
            List<String> ids = matcher.matchAll(line.officeText()).stream()
                    .filter(OfficeMatch::matched)
                    .flatMap(match -> match.officeIds().stream())
                    .distinct()
                    .toList();
            if (!ids.isEmpty()) {
                line.fields().forEach(field -> fields.add(new Field(" " + Fold.key(field) + " ", ids)));
            }
        }
    }

    List<String> forTitle(String title) {
        String key = " " + Fold.key(title) + " ";
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (Field field : fields) {
            if (key.contains(field.key())) {
                field.officeIds().forEach(id -> hits.merge(id, 1, Integer::sum));
            }
        }
        return hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }
}
