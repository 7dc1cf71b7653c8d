package vn.commune.workflow.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Targets as the seed plans write them, and values as offices type them. */
class IndicatorTargetTest {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "≥ 70        | 85,3          | MET",
                "≥ 70        | 70            | MET",
                "≥ 70        | 69,9          | NOT_MET",
                "≥ 01        | 1 doanh nghiệp | MET",
                "≥80         | 79.5%         | NOT_MET",
                "Tối thiểu 60% | 60%         | MET",
                "tối thiểu 60% hồ sơ | 59    | NOT_MET",
                "trên 80%    | 80            | NOT_MET",
                "trên 80%    | 80,1          | MET",
                "Tối đa 5    | 5             | MET",
                "dưới 10     | 10            | NOT_MET",
                "100         | 100           | MET",
                "100         | 99,99         | NOT_MET",
                "1.000       | 1.200         | MET",
                "X           | Có            | MET",
                "X           | Không         | NOT_MET",
                "Có          | đạt           | MET",
                "Đạt         | Chưa đạt      | NOT_MET",
                "Hoàn thành  | Hoàn thành    | MET",
                "≥ 70        | ''            | NO_DATA",
                "-           | 50            | NO_DATA",
                "''          | 50            | NO_DATA",
                "khoảng 70   | 70            | NO_DATA"
            })
    void judgesAValueAgainstItsTarget(String target, String actual, IndicatorStatus expected) {
        assertThat(IndicatorTarget.parse(target).judge(actual)).isEqualTo(expected);
    }

    @Test
    void readsTheKindOfTarget() {
        assertThat(IndicatorTarget.parse("≥ 70").kind()).isEqualTo(IndicatorTarget.Kind.AT_LEAST);
        assertThat(IndicatorTarget.parse("Tối thiểu 60%").value()).isEqualByComparingTo("60");
        assertThat(IndicatorTarget.parse("≥ 01").value()).isEqualByComparingTo("1");
        assertThat(IndicatorTarget.parse("85,3").value()).isEqualByComparingTo("85.3");
        assertThat(IndicatorTarget.parse("X").kind()).isEqualTo(IndicatorTarget.Kind.YES);
        assertThat(IndicatorTarget.parse("–").kind()).isEqualTo(IndicatorTarget.Kind.NONE);
        assertThat(IndicatorTarget.parse("theo chỉ đạo").kind()).isEqualTo(IndicatorTarget.Kind.UNREADABLE);
    }

    @Test
    void aValueMustBeOfTheTargetsKind() {
        assertThat(IndicatorTarget.parse("≥ 70").accepts("85,3")).isTrue();
        assertThat(IndicatorTarget.parse("≥ 70").accepts("khá tốt")).isFalse();
        assertThat(IndicatorTarget.parse("Đạt").accepts("Chưa")).isTrue();
        assertThat(IndicatorTarget.parse("Đạt").accepts("80")).isFalse();
    }

    @Test
    void aYearIsJudgedByItsOwnTargetOrTheNextMilestone() {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("2025", "≥ 10");
        targets.put("2030", "≥ 25");
        targets.put("2035", "-");
        targets.put("2045", "≥ 70");
        Indicator indicator = new Indicator(1, 1, "c", "vhxh", "1.2", "Tỷ lệ", "%", targets, "vhxh");
        assertThat(indicator.targetFor(2025)).contains("≥ 10");
        assertThat(indicator.targetFor(2026))
                .as("the 2030 milestone is worked towards")
                .contains("≥ 25");
        assertThat(indicator.targetFor(2031)).as("a year with \"-\" is skipped").contains("≥ 70");
        assertThat(indicator.targetFor(2050))
                .as("after the last milestone, the last target")
                .contains("≥ 70");
        assertThat(new Indicator(2, 1, "c", "vhxh", "2", "Không có", "%", Map.of("2025", "-"), "vhxh").targetFor(2025))
                .isEmpty();
    }
}
