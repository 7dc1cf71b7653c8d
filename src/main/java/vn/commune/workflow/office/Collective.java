package vn.commune.workflow.office;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A phrase such as "Các phòng chuyên môn" that, as a lead, means every office of some kinds. Each commune
 * keeps its own list (table office_collective), starting from the defaults in office_collective_default.
 */
public record Collective(String phrase, Set<OfficeKind> kinds) {
    public Collective {
        // In the enum's order, so that lists read the same every time.
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }
}
