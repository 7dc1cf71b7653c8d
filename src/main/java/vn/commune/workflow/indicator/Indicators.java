package vn.commune.workflow.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.commune.workflow.evidence.EvidenceProperties;
import vn.commune.workflow.evidence.EvidenceService;
import vn.commune.workflow.system.Refusal;
import vn.commune.workflow.system.Sha256;
import vn.commune.workflow.upload.InspectedUpload;
import vn.commune.workflow.upload.UploadInspector;

/**
 * Indicators of plans, their value per reporting period, the evidence behind each value and corrections of their
 * targets. The only writer of {@code indicator_value}, {@code indicator_evidence} and {@code indicator_target_change}.
 */
@Service
public class Indicators {

    private static final String COLUMNS = """
            select i.id, i.plan_id, p.commune_id, p.monitoring_office_id, i.number, i.name, i.unit, i.targets::text as targets,
                   coalesce(i.tracking_office_id, p.monitoring_office_id) as office_id
              from plan_indicator i join plan p on p.id = i.plan_id""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final UploadInspector uploads;
    private final Clock clock;

    Indicators(JdbcClient jdbc, ObjectMapper json, EvidenceProperties evidence, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.uploads = new UploadInspector(
                "minh chứng chỉ tiêu",
                EvidenceService.ACCEPTED,
                evidence.maxSize().toBytes());
        this.clock = clock;
    }

    public List<Indicator> ofPlan(long planId) {
        return jdbc.sql(COLUMNS + " where i.plan_id = ? order by i.id")
                .param(planId)
                .query(this::indicator)
                .list();
    }

    public boolean planInCommune(long planId, String communeId) {
        return jdbc.sql("select count(*) from plan where id = ? and commune_id = ?")
                        .params(planId, communeId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<Indicator> find(long id) {
        return jdbc.sql(COLUMNS + " where i.id = ?")
                .param(id)
                .query(this::indicator)
                .optional();
    }

    /** The indicators whose value this office enters in its periodic report. */
    public List<Indicator> reportedBy(long planId, String officeId) {
        return ofPlan(planId).stream()
                .filter(i -> i.officeId().equals(officeId))
                .toList();
    }

    /** The figure of an indicator for a period of its plan, judged against that year's target. */
    public IndicatorFigure figure(Indicator indicator, long periodId, YearMonth month) {
        String target = indicator.targetFor(month.getYear()).orElse(null);
        Optional<Value> value = jdbc.sql(
                        "select actual, links from indicator_value where indicator_id = ? and period_id = ?")
                .params(indicator.id(), periodId)
                .query((rs, n) -> new Value(rs.getString("actual"), rs.getString("links")))
                .optional();
        String actual = value.map(Value::actual).orElse(null);
        return new IndicatorFigure(
                indicator,
                periodId,
                month,
                target,
                actual,
                value.map(Value::links).orElse(null),
                evidence(indicator.id(), periodId),
                IndicatorTarget.parse(target).judge(actual));
    }

    /** Each indicator of the plan in every period of the plan, oldest period first. */
    public Map<Indicator, List<IndicatorFigure>> trend(long planId) {
        List<Period> periods = jdbc.sql("select id, period from report_period where plan_id = ? order by period")
                .param(planId)
                .query((rs, n) -> new Period(rs.getLong("id"), YearMonth.parse(rs.getString("period"))))
                .list();
        Map<Indicator, List<IndicatorFigure>> trend = new LinkedHashMap<>();
        for (Indicator indicator : ofPlan(planId)) {
            trend.put(
                    indicator,
                    periods.stream()
                            .map(p -> figure(indicator, p.id(), p.month()))
                            .toList());
        }
        return trend;
    }

    /**
     * The value the office reports for a period; refused when the target can judge only figures (or only yes/no)
     * and the value is not one.
     */
    @Transactional
    public void saveValue(Indicator indicator, long periodId, YearMonth month, String actual, String links, String by) {
        if (actual == null || actual.isBlank()) {
            jdbc.sql("delete from indicator_value where indicator_id = ? and period_id = ?")
                    .params(indicator.id(), periodId)
                    .update();
            return;
        }
        IndicatorTarget target =
                IndicatorTarget.parse(indicator.targetFor(month.getYear()).orElse(null));
        if (!target.accepts(actual)) {
            throw Refusal.invalid("Chỉ tiêu \"" + indicator.name() + "\": "
                    + (target.kind() == IndicatorTarget.Kind.YES
                            ? "ghi «Có»/«Đạt» hoặc «Không»/«Chưa đạt»."
                            : "ghi một con số (ví dụ 85,3)."));
        }
        jdbc.sql("""
                        insert into indicator_value(indicator_id, period_id, actual, links, entered_by, entered_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (indicator_id, period_id)
                        do update set actual = excluded.actual, links = excluded.links, entered_by = excluded.entered_by,
                                      entered_at = excluded.entered_at""")
                .params(indicator.id(), periodId, actual.strip(), links, by, Timestamp.from(clock.instant()))
                .update();
    }

    /** Checks the file like any evidence and keeps it behind the indicator's value for the period. */
    @Transactional
    public IndicatorEvidence storeEvidence(
            Indicator indicator, long periodId, String originalName, byte[] content, String by) {
        InspectedUpload file = uploads.inspect(originalName, content);
        long id = jdbc.sql("""
                        insert into indicator_evidence(indicator_id, period_id, file_name, content_type, size_bytes, sha256,
                                                       content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        indicator.id(),
                        periodId,
                        file.fileName(),
                        file.contentType(),
                        content.length,
                        Sha256.hex(content),
                        content,
                        by,
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return evidenceById(id).orElseThrow();
    }

    public List<IndicatorEvidence> evidence(long indicatorId, long periodId) {
        return jdbc.sql(EVIDENCE + " where indicator_id = ? and period_id = ? order by uploaded_at, id")
                .params(indicatorId, periodId)
                .query(Indicators::evidence)
                .list();
    }

    public Optional<IndicatorEvidence> evidenceById(long id) {
        return jdbc.sql(EVIDENCE + " where id = ?")
                .param(id)
                .query(Indicators::evidence)
                .optional();
    }

    /** Writes a file's content to {@code out} without holding other files in memory. */
    public void copyEvidence(long id, OutputStream out) {
        jdbc.sql("select content from indicator_evidence where id = ?")
                .param(id)
                .query((ResultSet rs) -> {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** A corrected target for a year, with the note of who changed it, when and from what. */
    @Transactional
    public void correctTarget(Indicator indicator, String year, String target, String note, String by) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            throw Refusal.invalid("Hãy ghi năm của chỉ tiêu (ví dụ 2026).");
        }
        if (target == null || target.isBlank()) {
            throw Refusal.invalid("Hãy ghi chỉ tiêu mới (ví dụ «≥ 75», «100», «Đạt»).");
        }
        if (IndicatorTarget.parse(target).kind() == IndicatorTarget.Kind.UNREADABLE) {
            throw Refusal.invalid("Không đọc được chỉ tiêu «" + target.strip()
                    + "»: ghi một con số, «≥ N», «Tối thiểu N%», «Có» hoặc «Đạt».");
        }
        Map<String, String> targets = new java.util.TreeMap<>(indicator.targets());
        String previous = targets.put(year.strip(), target.strip());
        jdbc.sql("update plan_indicator set targets = cast(? as jsonb) where id = ?")
                .params(toJson(targets), indicator.id())
                .update();
        jdbc.sql("""
                        insert into indicator_target_change(indicator_id, target_year, previous_target, new_target, note,
                                                            changed_by, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        indicator.id(),
                        year.strip(),
                        previous,
                        target.strip(),
                        note == null ? null : note.strip(),
                        by,
                        Timestamp.from(clock.instant()))
                .update();
    }

    public List<TargetChange> targetChanges(long indicatorId) {
        return jdbc.sql("""
                        select target_year, previous_target, new_target, note, changed_by, changed_at
                          from indicator_target_change where indicator_id = ? order by id""")
                .param(indicatorId)
                .query((rs, n) -> new TargetChange(
                        rs.getString("target_year"),
                        rs.getString("previous_target"),
                        rs.getString("new_target"),
                        rs.getString("note"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static final String EVIDENCE = """
            select id, indicator_id, period_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
              from indicator_evidence""";

    private static IndicatorEvidence evidence(ResultSet rs, int n) throws SQLException {
        return new IndicatorEvidence(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                rs.getLong("period_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    private Indicator indicator(ResultSet rs, int n) throws SQLException {
        Map<String, String> targets;
        try {
            targets = json.readValue(rs.getString("targets"), new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan_indicator " + rs.getLong("id") + " has unreadable targets", e);
        }
        return new Indicator(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("commune_id"),
                rs.getString("monitoring_office_id"),
                rs.getString("number"),
                rs.getString("name"),
                rs.getString("unit"),
                targets,
                rs.getString("office_id"));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Value(String actual, String links) {}

    private record Period(long id, YearMonth month) {}

    public record TargetChange(
            String year, String previous, String target, String note, String by, java.time.Instant at) {}
}
