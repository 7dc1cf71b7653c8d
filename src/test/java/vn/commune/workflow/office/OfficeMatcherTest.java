package vn.commune.workflow.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
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

    @Test
    void decomposedInputIsNormalisedFirst() {
        String nfd = Normalizer.normalize("Phòng Văn hóa - Xã hội", Normalizer.Form.NFD);
        assertEquals(List.of("vhxh"), matcher.match(nfd).officeIds());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Phòng, ban ngành, đơn vị",
                "Phòng, ban ngành",
                "các phòng, ban, ngành, đơn vị",
                "Các phòng, ban ngành liên quan"
            })
    void collectiveOfOfficesAndUnits(String name) {
        OfficeMatch match = matcher.match(name);
        assertTrue(match.collective());
        assertEquals(DemoOffices.PHONG_AND_DON_VI, match.officeIds());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Các phòng chuyên môn thuộc xã",
                "Các phòng chuyên môn, các Trung tâm thuộc xã",
                "Các phòng cuyên môn, Trung tâm thuộc xã"
            })
    void collectiveOfOffices(String name) {
        OfficeMatch match = matcher.match(name);
        assertTrue(match.collective());
        assertEquals(DemoOffices.PHONG, match.officeIds());
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
        OfficeMatcher custom = new OfficeMatcher(DemoOffices.OFFICES, Map.of("Phòng Kinh tế", "vhxh"));
        assertEquals(List.of("vhxh"), custom.match("phòng kinh tế xã").officeIds());
    }

    @Test
    void anAliasToAMissingOfficeIsRefusedInVietnamese() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> new OfficeMatcher(DemoOffices.OFFICES, Map.of("Phòng Tư pháp", "tu-phap")));
        assertTrue(error.getMessage().contains("không có"));
    }

    @Test
    void emptyCellsGiveNoNames() {
        assertTrue(matcher.matchAll(null).isEmpty());
        assertTrue(matcher.matchAll(" ; ").isEmpty());
    }
}
