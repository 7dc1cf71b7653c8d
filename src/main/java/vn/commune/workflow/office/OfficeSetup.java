package vn.commune.workflow.office;

import java.util.List;

/**
 * An office as the administrator sets it up: its code (the office id before the commune's prefix), name, short
 * form, the other names documents give it (aliases) and its kind.
 */
public record OfficeSetup(String code, String name, String shortName, List<String> aliases, OfficeKind kind) {

    public OfficeSetup {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
