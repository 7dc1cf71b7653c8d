package vn.commune.workflow.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.commune.workflow.demo.DemoPeople;

/** The demo commune's offices, alias table and collective phrases, shared by the tests. */
public final class DemoOffices {
    /** The same offices the demo commune is created with. */
    public static final List<Office> OFFICES = DemoPeople.OFFICES;

    public static final Map<String, String> ALIASES = Map.of("Trung tâm Phục vụ HCC", "tt-hcc");
    /** The phrases every commune starts with, read from the very file the database is seeded from. */
    public static final List<Collective> COLLECTIVES = defaultCollectives();

    public static final List<String> PHONG = List.of("vp-ubnd", "vhxh", "kinh-te");
    public static final List<String> PHONG_AND_TRUNG_TAM = List.of("vp-ubnd", "vhxh", "kinh-te", "tt-hcc");
    public static final List<String> PHONG_AND_DON_VI =
            List.of("vp-ubnd", "vhxh", "kinh-te", "tt-hcc", "cong-an", "quan-su", "tram-y-te", "truong-hoc");

    private DemoOffices() {}

    public static OfficeMatcher matcher() {
        return new OfficeMatcher(OFFICES, ALIASES, COLLECTIVES);
    }

    private static List<Collective> defaultCollectives() {
        try (InputStream in = DemoOffices.class.getResourceAsStream("/db/data/office-collectives.csv")) {
            Map<String, Set<OfficeKind>> kinds = new LinkedHashMap<>();
            List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.strip().split(";");
                kinds.computeIfAbsent(cells[0], p -> EnumSet.noneOf(OfficeKind.class))
                        .add(OfficeKind.valueOf(cells[1]));
            }
            List<Collective> collectives = new ArrayList<>();
            kinds.forEach((phrase, k) -> collectives.add(new Collective(phrase, k)));
            return collectives;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
