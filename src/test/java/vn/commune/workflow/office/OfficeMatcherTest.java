package vn.commune.workflow.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeMatcherTest {
    private final OfficeMatcher matcher = DemoOffices.matcher();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Phòng Văn hoá - Xã hội | vhxh",
                "phòng văn hóa - xã hội xã | vhxh",
                "Văn hoá - Xã hội | vhxh",
                "PHÒNG VĂN HOÁ - XÃ HỘI | vhxh",
                "Phong Van hoa - Xa hoi | vhxh",
                "VH-XH | vhxh",
                "VHXH | vhxh",
                "Phòng Kinh tế xã | kinh-te",
                "Phòng Kinh tế UBND xã | kinh-te",
                "Văn phòng HĐND và UBND xã | vp-ubnd",
                "Văn phòng Hội đồng nhân dân và Uỷ ban nhân dân xã | vp-ubnd",
                "Văn phòng UBND xã | vp-ubnd",
                "Trung tâm Phục vụ HCC | tt-hcc",
                "TTPVHCC | tt-hcc",
                "Trung tâm Phục vụ hành chính công | tt-hcc",
                "Công an xã | cong-an",
                "Ban Chỉ huy Quân sự xã | quan-su",
                "Uỷ ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã | mttq",
                "UBMTTQVN xã và các tổ chức CT-XH | mttq",
                "các Trạm y tế | tram-y-te",
                "Ban Nhân dân các thôn trên địa bàn xã | thon",
                "Ban Chỉ huy Quân xự xã | quan-su",
                "Trung tâm Phục vụ hành chánh công | tt-hcc",
            })
    void matchesOneName(String name, String id) {
        OfficeMatch match = matcher.match(name);
        assertEquals(List.of(id), match.officeIds(), name);
        assertFalse(match.collective());
    }

    /** Short forms and word orders clerks use, none of them in the alias table. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "TT Phục vụ HCC | tt-hcc",
                "TT PVHCC | tt-hcc",
                "Trung tâm PVHCC | tt-hcc",
                "trung tam pvhcc xa | tt-hcc",
                "TTPVHCC | tt-hcc",
                "Trung tâm HCC | tt-hcc",
                "TT HCC xã | tt-hcc",
                "PVHCC | tt-hcc",
                "HCC | tt-hcc",
                "Trung tâm Phục vụ hành chính công | tt-hcc",
                "Hành chính công xã - Trung tâm Phục vụ | tt-hcc",
                "VH-XH | vhxh",
                "VHXH | vhxh",
                "vh - xh | vhxh",
                "Phòng VH-XH xã | vhxh",
                "P. VHXH | vhxh",
                "Xã hội - Văn hóa | vhxh",
                "Văn hóa | vhxh",
                "KT | kinh-te",
                "Phòng KT | kinh-te",
                "phong kinh te | kinh-te",
                "PHÒNG KINH TẾ XÃ | kinh-te",
                "UBMTTQ | mttq",
                "UBMTTQ xã | mttq",
                "UB MTTQ VN xã | mttq",
                "MTTQ | mttq",
                "MTTQ xã | mttq",
                "Mặt trận Tổ quốc xã | mttq",
                "mat tran to quoc viet nam | mttq",
                "Các tổ chức chính trị - xã hội | mttq",
                "BCH Quân sự | quan-su",
                "BCH Quân sự xã | quan-su",
                "BCHQS | quan-su",
                "BCHQS xã | quan-su",
                "Ban CHQS xã | quan-su",
                "Quân sự xã | quan-su",
                "Quân sự xã - Ban Chỉ huy | quan-su",
                "ban chi huy quan su | quan-su",
                "CA xã | cong-an",
                "ca xa | cong-an",
                "CA | cong-an",
                "Công an | cong-an",
                "VP HĐND-UBND | vp-ubnd",
                "VP HĐND - UBND xã | vp-ubnd",
                "vp hdnd-ubnd | vp-ubnd",
                "Văn phòng HĐND và UBND | vp-ubnd",
                "VĂN PHÒNG HĐND VÀ UBND XÃ | vp-ubnd",
                "UBND xã - Văn phòng | vp-ubnd",
                "Văn phòng UBND | vp-ubnd",
                "VP UBND xã | vp-ubnd",
                "Văn phòng | vp-ubnd",
                "Y tế xã | tram-y-te",
                "TYT xã | tram-y-te",
                "Ban Nhân dân thôn | thon",
            })
    void matchesAShortFormOrAnotherWordOrder(String name, String id) {
        OfficeMatch match = matcher.match(name);
        assertEquals(List.of(id), match.officeIds(), name);
        assertFalse(match.collective());
    }

    @Test
    void decomposedInputIsNormalisedFirst() {
        String nfd = Normalizer.normalize("Phòng Văn hóa - Xã hội", Normalizer.Form.NFD);
        assertEquals(List.of("vhxh"), matcher.match(nfd).officeIds());
    }

    /** Names that must stay unmatched: another body, or words shared by several offices. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "UBND xã",
                "Ủy ban nhân dân xã",
                "HĐND xã",
                "Thường trực HĐND xã",
                "TT HĐND xã",
                "CT UBND xã",
                "Đảng ủy xã",
                "Văn phòng Đảng ủy",
                "Ủy ban",
                "Ban",
                "Xã hội",
                "Nhân dân",
                "Nhân dân trên địa bàn xã",
                "Trung tâm",
                "Trung tâm Y tế",
                "Trung tâm Văn hóa - Thể thao",
                "Phòng Văn hóa - Thông tin",
                "Phòng Kinh tế - Hạ tầng",
                "KT-HT",
                "Công an huyện",
                "Hội Nông dân",
                "Đoàn Thanh niên",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Ngân hàng Chính sách xã hội",
                "Tất cả các phòng"
            })
    void ambiguousOrForeignNamesStayUnmatched(String name) {
        assertFalse(matcher.match(name).matched(), name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Phòng, ban ngành, đơn vị",
                "Phòng, ban ngành",
                "các phòng, ban, ngành, đơn vị",
                "Các phòng, ban ngành liên quan",
                "Các cơ quan, đơn vị",
                "các cơ quan, đơn vị liên quan"
            })
    void collectiveOfOfficesAndUnits(String name) {
        OfficeMatch match = matcher.match(name);
        assertTrue(match.collective());
        assertEquals(DemoOffices.PHONG_AND_DON_VI, match.officeIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Các phòng chuyên môn", "Các phòng chuyên môn thuộc xã", "các phòng cuyên môn"})
    void specialisedOfficesAreThePhongOnly(String name) {
        OfficeMatch match = matcher.match(name);
        assertTrue(match.collective());
        assertEquals(DemoOffices.PHONG, match.officeIds(), "not the centre, police or military command");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Các phòng chuyên môn, các Trung tâm thuộc xã", "Các phòng cuyên môn, Trung tâm thuộc xã"})
    void specialisedOfficesAndCentres(String name) {
        OfficeMatch match = matcher.match(name);
        assertTrue(match.collective());
        assertEquals(DemoOffices.PHONG_AND_TRUNG_TAM, match.officeIds());
    }

    @Test
    void aCollectiveIsWhatTheCommunesListSays() {
        OfficeMatcher custom = new OfficeMatcher(
                DemoOffices.OFFICES,
                Map.of(),
                List.of(new Collective("Các phòng chuyên môn", EnumSet.of(OfficeKind.PHONG, OfficeKind.TRUNG_TAM))));
        assertEquals(
                DemoOffices.PHONG_AND_TRUNG_TAM,
                custom.match("các phòng chuyên môn").officeIds());
        assertFalse(custom.match("Phòng, ban ngành").matched(), "not on this commune's list");
    }

    @Test
    void twoPhrasesAsCloseAndMeaningDifferentKindsAreNoMatch() {
        OfficeMatcher custom = new OfficeMatcher(
                DemoOffices.OFFICES,
                Map.of(),
                List.of(
                        new Collective("Các phòng chuyên môn A", EnumSet.of(OfficeKind.PHONG)),
                        new Collective("Các phòng chuyên môn B", EnumSet.of(OfficeKind.DON_VI)),
                        new Collective("Các phòng chuyên môn C", EnumSet.of(OfficeKind.DON_VI))));
        assertFalse(custom.match("Các phòng chuyên môn D").matched());
    }

    @Test
    void aCollectiveLeadLeavesOutTheOfficesTheTaskNamesAsCoordinating() {
        TaskOffices task = matcher.matchTask("Phòng, ban ngành, đơn vị", "Công an xã; Trung tâm PVHCC; Đảng ủy xã");
        assertEquals(List.of("vp-ubnd", "vhxh", "kinh-te", "quan-su", "tram-y-te", "truong-hoc"), task.leads());
        assertEquals(List.of("cong-an", "tt-hcc"), task.coordinating());
        assertEquals("Đảng ủy xã", task.coordinatingNames().get(2).text());
        assertFalse(task.coordinatingNames().get(2).matched());
    }

    @Test
    void anOfficeNamedAsLeadLeadsEvenWhenAlsoNamedAsCoordinating() {
        TaskOffices task = matcher.matchTask("Phòng Kinh tế; Các phòng chuyên môn", "Phòng Kinh tế, VH-XH");
        assertEquals(List.of("kinh-te", "vp-ubnd"), task.leads());
        assertEquals(List.of("vhxh"), task.coordinating());
    }

    @Test
    void aCollectiveCoordinatorDoesNotTakeOfficesFromACollectiveLead() {
        TaskOffices task = matcher.matchTask("Các phòng chuyên môn", "Phòng, ban ngành, đơn vị");
        assertEquals(DemoOffices.PHONG, task.leads());
        assertEquals(List.of("tt-hcc", "cong-an", "quan-su", "tram-y-te", "truong-hoc"), task.coordinating());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ngân hàng Nhà nước",
                "Sở Khoa học và Công nghệ",
                "Phòng Tư pháp",
                "Công an tỉnh",
                "Các cơ quan tham mưu, giúp việc Đảng ủy xã"
            })
    void anUnknownNameIsKeptWithNoOffice(String name) {
        List<OfficeMatch> matches = matcher.matchAll(name);
        assertEquals(1, matches.size());
        assertEquals(name, matches.get(0).text());
        assertFalse(matches.get(0).matched());
    }

    @Test
    void shortNamesAreNotMatchedByEditDistance() {
        // "Phòng Kinh tế" vs "Phòng Y tế": short keys, so no typo tolerance and no guess.
        assertFalse(matcher.match("Phòng Y tế").matched());
        assertFalse(matcher.match("Công an tỉnh").matched());
    }

    @Test
    void splitsACellIntoNames() {
        List<OfficeMatch> matches = matcher.matchAll("Phòng Văn hoá - Xã hội xã; phòng Kinh tế xã");
        assertEquals(
                List.of("Phòng Văn hoá - Xã hội xã", "phòng Kinh tế xã"),
                matches.stream().map(OfficeMatch::text).toList());
        assertEquals(
                List.of(List.of("vhxh"), List.of("kinh-te")),
                matches.stream().map(OfficeMatch::officeIds).toList());
    }

    @Test
    void splitsOnAndOnlyWhenTheWholeNameIsNotAnOffice() {
        List<OfficeMatch> matches = matcher.matchAll(
                "Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội, Công an xã; các Trạm y tế và các Trường học"
                        + " trên địa bàn xã; Sở Tài chính.");
        assertEquals(
                List.of(List.of("mttq"), List.of("cong-an"), List.of("tram-y-te"), List.of("truong-hoc"), List.of()),
                matches.stream().map(OfficeMatch::officeIds).toList());
        assertEquals("Sở Tài chính", matches.get(4).text());
    }

    @Test
    void sharedHeadWordNamesEachOffice() {
        List<OfficeMatch> matches = matcher.matchAll("Các phòng: Văn hoá - Xã hội, Kinh tế");
        assertEquals(
                List.of(List.of("vhxh"), List.of("kinh-te")),
                matches.stream().map(OfficeMatch::officeIds).toList());
    }

    @Test
    void pluralOfAHeadWordNamesEveryOfficeWithIt() {
        OfficeMatch match = matcher.match("các Trung tâm thuộc xã");
        assertEquals(List.of("tt-hcc"), match.officeIds());
        assertTrue(match.collective());
    }

    @Test
    void anAliasWinsOverAnotherOfficesName() {
        OfficeMatcher custom = new OfficeMatcher(DemoOffices.OFFICES, Map.of("Phòng Kinh tế", "vhxh"), List.of());
        assertEquals(List.of("vhxh"), custom.match("phòng kinh tế xã").officeIds());
    }

    @Test
    void anAliasToAMissingOfficeIsRefusedInVietnamese() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> new OfficeMatcher(DemoOffices.OFFICES, Map.of("Phòng Tư pháp", "tu-phap"), List.of()));
        assertTrue(error.getMessage().contains("không có"));
    }

    @Test
    void emptyCellsGiveNoNames() {
        assertTrue(matcher.matchAll(null).isEmpty());
        assertTrue(matcher.matchAll(" ; ").isEmpty());
    }
}
