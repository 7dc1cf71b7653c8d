package vn.commune.workflow.deadlinetext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.commune.workflow.deadlinetext.DeadlineKind.AS_DIRECTED;
import static vn.commune.workflow.deadlinetext.DeadlineKind.DATE;
import static vn.commune.workflow.deadlinetext.DeadlineKind.HALF_YEAR;
import static vn.commune.workflow.deadlinetext.DeadlineKind.MONTH;
import static vn.commune.workflow.deadlinetext.DeadlineKind.ONGOING;
import static vn.commune.workflow.deadlinetext.DeadlineKind.PERIOD;
import static vn.commune.workflow.deadlinetext.DeadlineKind.PERIODIC;
import static vn.commune.workflow.deadlinetext.DeadlineKind.QUARTER;
import static vn.commune.workflow.deadlinetext.DeadlineKind.UNREADABLE;
import static vn.commune.workflow.deadlinetext.DeadlineKind.YEAR;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineParserTest {

    /** Issue dates of the seed plans: Trường Giang QĐ 536 of 10/9/2025; Ngọk Bay signed 10/11/2025. */
    private static final String TRUONG_GIANG = "2025-09-10";

    private static final String NGOK_BAY = "2025-11-10";

    private final DeadlineParser parser = new DeadlineParser();

    /** Every deadline phrase of both seed plans, exactly as extracted (line breaks included). */
    static Stream<Arguments> seedPhrases() {
        return Stream.of(
                // Ngọk Bay, "- Thời gian thực hiện:" of tasks 1–9, and the task bodies.
                row("Thường xuyên.", NGOK_BAY, ONGOING, null),
                row("Thực hiện thường xuyên.", NGOK_BAY, ONGOING, null),
                row("Hoàn thành trước ngày 31/12/2025.", NGOK_BAY, DATE, "2025-12-31"),
                row("Hoàn thành trong tháng 11/2025.", NGOK_BAY, MONTH, "2025-11-30"),
                row("Theo chỉ đạo, hướng dẫn của các sở, ngành.", NGOK_BAY, AS_DIRECTED, null),
                row("(nhiệm vụ thường xuyên)", NGOK_BAY, ONGOING, null),
                row("(nhiệm vụ thường xuyên).", NGOK_BAY, ONGOING, null),
                // Trường Giang, last column of Phụ lục II, and IV.2 of the plan text.
                row("Thường \nxuyên", TRUONG_GIANG, ONGOING, null),
                row("Tháng \n9/2025", TRUONG_GIANG, MONTH, "2025-09-30"),
                row("Tháng \n12/2025", TRUONG_GIANG, MONTH, "2025-12-31"),
                row("2025 và \nnhững năm \ntiếp theo", TRUONG_GIANG, ONGOING, null),
                row("hoàn thành trong năm 2025", TRUONG_GIANG, YEAR, "2025-12-31"));
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                // Fixed dates: separators, 1- or 2-digit parts, words, framing.
                row("31/12/2025", null, DATE, "2025-12-31"),
                row("ngày 30/8/2025", null, DATE, "2025-08-30"),
                row("30-8-2025", null, DATE, "2025-08-30"),
                row("30.08.2025", null, DATE, "2025-08-30"),
                row("01/02/2026", null, DATE, "2026-02-01"),
                row("1/2/2026", null, DATE, "2026-02-01"),
                row("29/02/2028", null, DATE, "2028-02-29"),
                row("30 / 8 / 2025", null, DATE, "2025-08-30"),
                row("31/12/\n2025", null, DATE, "2025-12-31"),
                row("30–8–2025", null, DATE, "2025-08-30"),
                row("ngày 30 tháng 8 năm 2025", null, DATE, "2025-08-30"),
                row("Ngày 30 tháng 8, năm 2025", null, DATE, "2025-08-30"),
                row("ngày 5 tháng 10/2025", null, DATE, "2025-10-05"),
                row("HOÀN THÀNH TRƯỚC NGÀY 31/12/2025", null, DATE, "2025-12-31"),
                row("Hoan thanh truoc ngay 31/12/2025", null, DATE, "2025-12-31"),
                row("  hoàn   thành\ttrước\nngày 31/12/2025 ;", null, DATE, "2025-12-31"),
                row("- Thời gian thực hiện: Hoàn thành trước ngày 31/12/2025.", null, DATE, "2025-12-31"),
                row("Chậm nhất ngày 15/10/2025", null, DATE, "2025-10-15"),
                row("Thời hạn: đến hết ngày 15/10/2025", null, DATE, "2025-10-15"),
                row("Xong trước 15/10/2025!", null, DATE, "2025-10-15"),
                row("31/12/2025 (31/12/2025)", null, DATE, "2025-12-31"),
                // Decomposed (NFD) input, as some PDF tools emit it.
                row("Hoa\u0300n tha\u0300nh trươ\u0301c nga\u0300y 31/12/2025", null, DATE, "2025-12-31"),
                // Without a year: the issue date's year, when that is not already past.
                row("trước ngày 30/9", TRUONG_GIANG, DATE, "2025-09-30"),
                row("ngày 15 tháng 10", TRUONG_GIANG, DATE, "2025-10-15"),
                row("Trước ngày 10/9", TRUONG_GIANG, DATE, "2025-09-10"),

                // Months.
                row("Tháng 9/2025", null, MONTH, "2025-09-30"),
                row("tháng 9/2025", null, MONTH, "2025-09-30"),
                row("THÁNG 09/2025", null, MONTH, "2025-09-30"),
                row("Thang 9/2025", null, MONTH, "2025-09-30"),
                row("Tháng 9-2025", null, MONTH, "2025-09-30"),
                row("Tháng 9.2025.", null, MONTH, "2025-09-30"),
                row("trong tháng 11/2025", null, MONTH, "2025-11-30"),
                row("tháng 11 năm 2025", null, MONTH, "2025-11-30"),
                row("Trong tháng 2 năm 2028", null, MONTH, "2028-02-29"),
                row("cuối tháng 6/2026", null, MONTH, "2026-06-30"),
                row("09/2025", null, MONTH, "2025-09-30"),
                row("Tháng 10", TRUONG_GIANG, MONTH, "2025-10-31"),
                row("Tháng 9", TRUONG_GIANG, MONTH, "2025-09-30"),

                // Quarters.
                row("Quý IV/2025", null, QUARTER, "2025-12-31"),
                row("quý iv/2025", null, QUARTER, "2025-12-31"),
                row("Quy IV/2025", null, QUARTER, "2025-12-31"),
                row("Quí IV/2025", null, QUARTER, "2025-12-31"),
                row("quý 3 năm 2026", null, QUARTER, "2026-09-30"),
                row("Quý I năm 2026", null, QUARTER, "2026-03-31"),
                row("Quý II/2026", null, QUARTER, "2026-06-30"),
                row("Trong quý III - 2026", null, QUARTER, "2026-09-30"),
                row("Quý 1/2026", null, QUARTER, "2026-03-31"),
                row("Quý IV", TRUONG_GIANG, QUARTER, "2025-12-31"),

                // Half years.
                row("6 tháng đầu năm 2026", null, HALF_YEAR, "2026-06-30"),
                row("6 tháng cuối năm 2026", null, HALF_YEAR, "2026-12-31"),
                row("Trong 6 tháng \nđầu năm 2026", null, HALF_YEAR, "2026-06-30"),
                row("sáu tháng đầu năm 2027", null, HALF_YEAR, "2027-06-30"),
                row("6 THANG CUOI NAM 2026", null, HALF_YEAR, "2026-12-31"),
                row("6 tháng cuối năm", TRUONG_GIANG, HALF_YEAR, "2025-12-31"),

                // Years.
                row("Năm 2026", null, YEAR, "2026-12-31"),
                row("trong năm 2025", null, YEAR, "2025-12-31"),
                row("Cuối năm 2025", null, YEAR, "2025-12-31"),
                row("Đến năm 2030", null, YEAR, "2030-12-31"),
                row("2026", null, YEAR, "2026-12-31"),

                // Ongoing.
                row("Thường xuyên", null, ONGOING, null),
                row("THƯỜNG XUYÊN", null, ONGOING, null),
                row("thuong xuyen", null, ONGOING, null),
                row("Thường \nxuyên.", null, ONGOING, null),
                row("Thực hiện thường xuyên", null, ONGOING, null),
                row("Thường xuyên, liên tục", null, ONGOING, null),
                row("2025 và những năm tiếp theo", null, ONGOING, null),
                row("Năm 2025 và các năm tiếp theo", null, ONGOING, null),
                row("Từ năm 2026 trở đi", null, ONGOING, null),

                // As directed.
                row("Theo chỉ đạo, hướng dẫn của các sở, ngành", null, AS_DIRECTED, null),
                row("Theo chỉ đạo của UBND tỉnh", null, AS_DIRECTED, null),
                row("Theo yêu cầu", null, AS_DIRECTED, null),
                row("theo yeu cau", null, AS_DIRECTED, null),
                row("Thực hiện theo hướng dẫn của Sở Khoa học và Công nghệ", null, AS_DIRECTED, null),
                row("Khi có yêu cầu", null, AS_DIRECTED, null),
                row("Theo kế hoạch của UBND tỉnh", null, AS_DIRECTED, null));
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                // Impossible values.
                row("31/02/2025", null, UNREADABLE, null),
                row("29/02/2025", null, UNREADABLE, null),
                row("32/1/2025", null, UNREADABLE, null),
                row("13/2025", null, UNREADABLE, null),
                row("Tháng 13/2025", null, UNREADABLE, null),
                row("tháng 0/2025", null, UNREADABLE, null),
                row("Quý V/2025", null, UNREADABLE, null),
                row("quý 5 năm 2025", null, UNREADABLE, null),
                row("ngày 31 tháng 4 năm 2025", null, UNREADABLE, null),
                // Two-digit years.
                row("30/8/25", null, UNREADABLE, null),
                row("Tháng 9/25", TRUONG_GIANG, UNREADABLE, null),
                row("Quý IV/25", TRUONG_GIANG, UNREADABLE, null),
                // No year and no issue date, or a year-less date already past at issue.
                row("trước ngày 30/9", null, UNREADABLE, null),
                row("Tháng 10", null, UNREADABLE, null),
                row("Quý IV", null, UNREADABLE, null),
                row("Trước ngày 5/9", TRUONG_GIANG, UNREADABLE, null),
                row("Tháng 8", TRUONG_GIANG, UNREADABLE, null),
                // Vague or meaning-changing words.
                row("Sớm", null, UNREADABLE, null),
                row("Trước Tết", null, UNREADABLE, null),
                row("Trước Tết Nguyên đán 2026", null, UNREADABLE, null),
                row("Đầu năm 2026", null, UNREADABLE, null),
                row("Sau ngày 31/12/2025", null, UNREADABLE, null),
                row("Khoảng tháng 9/2025", null, UNREADABLE, null),
                row("Hoàn thành", null, UNREADABLE, null),
                row("Cuối năm", TRUONG_GIANG, UNREADABLE, null),
                row("ngày 30", TRUONG_GIANG, UNREADABLE, null),
                row("Trước ngày 32 hàng tháng", TRUONG_GIANG, UNREADABLE, null),
                row("Trước ngày 10 hàng tháng và trước ngày 15 hàng tháng", null, UNREADABLE, null),
                // A period that ends before it starts, or one without "giai đoạn".
                row("Giai đoạn 2030-2025", null, UNREADABLE, null),
                row("Giai đoạn 2025-2025", null, UNREADABLE, null),
                row("Giai đoạn 2025", null, UNREADABLE, null),
                row("Giai đoạn 2021-2025; hoàn thành trước 30/6/2025", null, UNREADABLE, null),
                row("Định kỳ hằng quý; hoàn thành trước 30/6/2025", null, UNREADABLE, null),
                // Two different dates, or a date mixed with another kind.
                row("Từ 01/10/2025 đến 31/12/2025", null, UNREADABLE, null),
                row("Tháng 9/2025; tháng 12/2025", null, UNREADABLE, null),
                row("Quý IV/2025 và Quý I/2026", null, UNREADABLE, null),
                row("Tháng 9-12/2025", null, UNREADABLE, null),
                row("2025 - 2030", null, UNREADABLE, null),
                row("Thường xuyên; hoàn thành trước 31/12/2025", null, UNREADABLE, null),
                row("Theo chỉ đạo của UBND tỉnh, chậm nhất 31/12/2025", null, UNREADABLE, null),
                row("Theo Công văn số 85-CV/TU ngày 15/10/2025", null, UNREADABLE, null),
                row("31/12/2025 (theo Kế hoạch số 75/KH-UBND)", null, UNREADABLE, null),
                row("31/12/20255", null, UNREADABLE, null),
                // Sentences: no date introduced as the deadline, a changed one, or two that disagree.
                row("Tổ chức tập huấn kỹ năng số cho cán bộ, công chức quý III/2026", null, UNREADABLE, null),
                row("Xây dựng cơ sở dữ liệu hộ kinh doanh năm 2026", null, UNREADABLE, null),
                row("Hoàn thành số hóa 2026 hồ sơ còn hiệu lực", null, UNREADABLE, null),
                row("Tổ chức lớp học sau ngày 30/9/2026 tại nhà văn hóa thôn", null, UNREADABLE, null),
                row("Lắp đặt wifi từ tháng 9/2026, hoàn thành trước ngày 31/12/2026", null, UNREADABLE, null),
                row("Rà soát khoảng tháng 10/2026 và báo cáo kết quả", null, UNREADABLE, null),
                row("Triển khai đầu năm 2026 tại các thôn", null, UNREADABLE, null),
                row(
                        "Cập nhật dữ liệu, hoàn thành trong quý II/2026, báo cáo trước ngày 15/7/2026",
                        null,
                        UNREADABLE,
                        null),
                row("Phấn đấu đến năm 2025 đạt 50% và đến năm 2030 đạt 100% hồ sơ", null, UNREADABLE, null),
                row("Xây dựng nhiệm vụ quan trọng năm 2026 của xã", null, UNREADABLE, null),
                row("Thường xuyên kiểm tra, hoàn thành trước ngày 31/12/2026", null, UNREADABLE, null),
                row("Thực hiện Nghị định 09/2019/NĐ-CP", null, UNREADABLE, null));
    }

    /** Issue #14: periods, recurring and periodic deadlines, and a deadline inside a longer sentence. */
    static Stream<Arguments> periodsAndSentences() {
        return Stream.of(
                // A task that runs through a period: due at the end of its last year.
                row("Giai đoạn 2021-2025", null, PERIOD, "2025-12-31"),
                row("giai đoạn 2025 - 2030", null, PERIOD, "2030-12-31"),
                row("Giai đoạn 2021 – 2025", null, PERIOD, "2025-12-31"),
                row("GIAI ĐOẠN 2026-2030", null, PERIOD, "2030-12-31"),
                row("Thực hiện trong giai đoạn 2026-2030", null, PERIOD, "2030-12-31"),
                row("Giai đoạn từ năm 2026 đến năm 2030", null, PERIOD, "2030-12-31"),
                row("Thường xuyên, giai đoạn 2021-2025", null, PERIOD, "2025-12-31"),
                row("Triển khai Đề án chuyển đổi số giai đoạn 2025 - 2030 trên địa bàn xã", null, PERIOD, "2030-12-31"),
                // Periodic: reported every period, no final deadline.
                row("Định kỳ", null, PERIODIC, null),
                row("định kỳ", null, PERIODIC, null),
                row("(nhiệm vụ định kỳ)", null, PERIODIC, null),
                row("Định kỳ hàng tháng, 3 tháng, 6 tháng, 1 năm", null, PERIODIC, null),
                row("định kỳ hằng tháng, 3 tháng, 6 tháng và 1 năm", null, PERIODIC, null),
                row("Định kỳ 6 tháng", null, PERIODIC, null),
                row("Định kỳ hằng năm", null, PERIODIC, null),
                row("Hằng quý", null, PERIODIC, null),
                row("hàng quý", null, PERIODIC, null),
                row("HẰNG QUÝ", null, PERIODIC, null),
                row("Hằng năm", null, PERIODIC, null),
                row("Hàng năm", null, PERIODIC, null),
                row("Hằng tháng", null, PERIODIC, null),
                row("Mỗi tháng", null, PERIODIC, null),
                row("Thường xuyên, báo cáo định kỳ hằng quý", null, PERIODIC, null),
                // A deadline inside a sentence, introduced as one; other dates in the sentence are not deadlines.
                row(
                        "Xây dựng Kế hoạch chuyển đổi số năm 2026, hoàn thành trước ngày 31/3/2026",
                        null,
                        DATE,
                        "2026-03-31"),
                row("Báo cáo kết quả năm 2025 gửi UBND xã trước ngày 15/01/2026.", null, DATE, "2026-01-15"),
                row(
                        "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức xã trong quý III/2026",
                        null,
                        QUARTER,
                        "2026-09-30"),
                row(
                        "Lắp đặt hệ thống wifi công cộng tại các thôn, hoàn thành trong tháng 9/2026",
                        null,
                        MONTH,
                        "2026-09-30"),
                row("Số hóa 100% hồ sơ thủ tục hành chính còn hiệu lực trong năm 2026", null, YEAR, "2026-12-31"),
                row("Phấn đấu đến năm 2030, 80% hồ sơ được giải quyết trực tuyến", null, YEAR, "2030-12-31"),
                row("Thực hiện Nghị định 09/2019/NĐ-CP, hoàn thành trong quý IV/2025", null, QUARTER, "2025-12-31"),
                row("Rà soát dữ liệu dân cư; thời gian thực hiện: 6 tháng đầu năm 2026", null, HALF_YEAR, "2026-06-30"),
                row("Hoàn thành trong năm 2026 (theo Kế hoạch năm 2026)", null, YEAR, "2026-12-31"),
                row("Tổng kết, đánh giá kết quả, chậm nhất ngày 20/12/2026", null, DATE, "2026-12-20"),
                row("Tổ chức hội nghị trực tuyến vào ngày 15/10/2025", null, DATE, "2025-10-15"),
                row("Cập nhật liên tục dữ liệu hộ kinh doanh trên hệ thống", null, ONGOING, null),
                row("Thường xuyên kiểm tra, giám sát việc cập nhật dữ liệu", null, ONGOING, null));
    }

    /** "Trước ngày 10 hàng tháng": periodic, on a day of each month. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "trước ngày 10 hàng tháng | 10",
                "Trước ngày 10 hằng tháng | 10",
                "TRƯỚC NGÀY 10 HÀNG THÁNG | 10",
                "ngày 5 mỗi tháng | 5",
                "Báo cáo định kỳ hàng tháng, 3 tháng, 6 tháng, 1 năm gửi Phòng VH-XH trước ngày 10 hàng tháng | 10",
                "Định kỳ hằng tháng, trước ngày 25 hằng tháng | 25",
            })
    void monthlyOnADay(String text, int day) {
        Deadline deadline = parser.parse(text, LocalDate.parse(TRUONG_GIANG));
        assertEquals(PERIODIC, deadline.kind());
        assertEquals(day, deadline.dayOfMonth());
        assertFalse(deadline.isDated());
    }

    @Test
    void onlyAPeriodicDeadlineHasADayOfMonth() {
        assertNull(parser.parse("Định kỳ hằng quý", null).dayOfMonth());
        assertNull(parser.parse("Thường xuyên", null).dayOfMonth());
        assertNull(parser.parse("Trước ngày 10/9/2025", null).dayOfMonth());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource({"seedPhrases", "variants", "unreadable", "periodsAndSentences"})
    void parses(String text, LocalDate issuedOn, DeadlineKind kind, LocalDate due) {
        Deadline deadline = parser.parse(text, issuedOn);

        assertEquals(kind, deadline.kind(), "kind");
        assertEquals(due, deadline.dueDate(), "due date");
        assertSame(text, deadline.text(), "original words kept");
        assertEquals(due != null, deadline.isDated());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\t ", "\u00A0"})
    void blankIsUnreadable(String text) {
        Deadline deadline = parser.parse(text, LocalDate.of(2025, 9, 10));

        assertEquals(UNREADABLE, deadline.kind());
        assertFalse(deadline.isDated());
    }

    @Test
    void isDatedFollowsKind() {
        assertTrue(parser.parse("Quý IV/2025", null).isDated());
        assertFalse(parser.parse("Thường xuyên", null).isDated());
    }

    private static Arguments row(String text, String issuedOn, DeadlineKind kind, String due) {
        return Arguments.of(text, date(issuedOn), kind, date(due));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
