package vn.commune.workflow.office;

import java.util.List;
import java.util.Map;
import vn.commune.workflow.demo.DemoPeople;

/** The demo commune's offices and alias table, shared by the tests. */
public final class DemoOffices {
    /** The same offices the demo commune is created with. */
    public static final List<Office> OFFICES = DemoPeople.OFFICES;

    public static final Map<String, String> ALIASES =
            Map.of("VH-XH", "vhxh", "VHXH", "vhxh", "Trung tâm Phục vụ HCC", "tt-hcc", "TTPVHCC", "tt-hcc");
    public static final List<String> PHONG = List.of("vp-ubnd", "vhxh", "kinh-te", "tt-hcc");
    public static final List<String> PHONG_AND_DON_VI =
            List.of("vp-ubnd", "vhxh", "kinh-te", "tt-hcc", "cong-an", "quan-su", "tram-y-te", "truong-hoc");

    private DemoOffices() {}

    public static OfficeMatcher matcher() {
        return new OfficeMatcher(OFFICES, ALIASES);
    }
}
