package vn.commune.workflow.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.commune.workflow.office.OfficeMatch;
import vn.commune.workflow.office.OfficeMatcher;

/** Test helpers: the seed plans and a compact view of office matches. */
final class Seeds {
    static final String NGOK_BAY = "ngok-bay-plan-2025.txt";
    static final String TRUONG_GIANG = "truong-giang-plan-2025.txt";

    private Seeds() {}

    static byte[] bytes(String name) {
        try (InputStream in = Objects.requireNonNull(Seeds.class.getResourceAsStream("/seeds/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan document kept as a file (src/test/resources/plans/). */
    static byte[] plan(String name) {
        try (InputStream in = Objects.requireNonNull(Seeds.class.getResourceAsStream("/plans/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedPlan read(String name) {
        return new PlanReader().read(name, bytes(name));
    }

    /** Every office id a cell stands for, in order, with "?" for a name that matched nothing. */
    static List<String> ids(OfficeMatcher matcher, String cell) {
        return matcher.matchAll(cell).stream()
                .flatMap(match -> match.matched() ? match.officeIds().stream() : java.util.stream.Stream.of("?"))
                .distinct()
                .collect(Collectors.toList());
    }

    static List<String> unmatched(OfficeMatcher matcher, String cell) {
        return matcher.matchAll(cell).stream()
                .filter(match -> !match.matched())
                .map(OfficeMatch::text)
                .toList();
    }
}
