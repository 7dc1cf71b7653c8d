package vn.commune.workflow.reportperiod;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.commune.workflow.evidence.EvidenceRepository;
import vn.commune.workflow.evidence.EvidenceRepository.EvidenceInfo;
import vn.commune.workflow.indicator.Indicator;
import vn.commune.workflow.indicator.IndicatorEvidence;
import vn.commune.workflow.indicator.IndicatorFigure;
import vn.commune.workflow.indicator.Indicators;
import vn.commune.workflow.office.OfficeRepository;
import vn.commune.workflow.plan.Assignment;
import vn.commune.workflow.plan.AssignmentRepository;
import vn.commune.workflow.plan.TaskStatus;

/**
 * What a commune hands on for a period (to enter in the national NQ 57 system, which has no API): the approved report,
 * an index of every task and indicator with status, figures and evidence file names, and the evidence files in a
 * folder per task and per indicator. Files are streamed one at a time into the zip.
 */
@Component
class HandOffPack {

    static final String INDEX = "danh-muc.xlsx";
    static final String TASK_FOLDER = "minh-chung-nhiem-vu/";
    static final String INDICATOR_FOLDER = "minh-chung-chi-tieu/";
    private static final int MAX_SEGMENT = 80;

    private final ReportPeriods periods;
    private final ReportBuilder builder;
    private final AssignmentRepository assignments;
    private final EvidenceRepository evidence;
    private final Indicators indicators;
    private final OfficeRepository offices;

    HandOffPack(
            ReportPeriods periods,
            ReportBuilder builder,
            AssignmentRepository assignments,
            EvidenceRepository evidence,
            Indicators indicators,
            OfficeRepository offices) {
        this.periods = periods;
        this.builder = builder;
        this.assignments = assignments;
        this.evidence = evidence;
        this.indicators = indicators;
        this.offices = offices;
    }

    /** Everything read before the first byte goes out, except the files' content, which is copied as it is zipped. */
    Contents prepare(ReportPeriods.Period p) {
        List<Entry> files = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<TaskLine> tasks = new ArrayList<>();
        Map<Long, List<Assignment>> byTask = assignments.findByPlan(p.planId()).stream()
                .collect(Collectors.groupingBy(Assignment::planTaskId, LinkedHashMap::new, Collectors.toList()));
        for (List<Assignment> shares : byTask.values()) {
            Assignment first = shares.get(0);
            String folder = TASK_FOLDER
                    + segment(numbered(first.task().number(), first.task().title())) + "/";
            List<String> names = new ArrayList<>();
            List<String> states = new ArrayList<>();
            for (Assignment a : shares) {
                states.add(offices.nameOf(a.officeId()) + ": "
                        + a.statusOn(p.end()).label());
                for (EvidenceInfo e : builder.evidenceOf(p, a)) {
                    String path = unique(folder + segment(e.fileName()), taken);
                    names.add(path.substring(folder.length()));
                    files.add(new Entry(path, out -> evidence.copyContent(e.id(), out)));
                }
            }
            tasks.add(new TaskLine(
                    first.task().number(),
                    first.task().title(),
                    String.join("\n", states),
                    first.task().deadlineText(),
                    TaskStatus.ofTask(shares.stream()
                                    .map(a -> a.statusOn(p.end()))
                                    .toList())
                            .label(),
                    names.isEmpty() ? "" : folder,
                    String.join("\n", names)));
        }
        List<IndicatorLine> indicatorLines = new ArrayList<>();
        for (Indicator i : indicators.ofPlan(p.planId())) {
            IndicatorFigure f = indicators.figure(i, p.id(), p.month());
            String folder = INDICATOR_FOLDER + segment(numbered(i.number(), i.name())) + "/";
            List<String> names = new ArrayList<>();
            for (IndicatorEvidence e : f.evidence()) {
                String path = unique(folder + segment(e.fileName()), taken);
                names.add(path.substring(folder.length()));
                files.add(new Entry(path, out -> indicators.copyEvidence(e.id(), out)));
            }
            indicatorLines.add(new IndicatorLine(
                    i.number(),
                    i.name(),
                    i.unit(),
                    offices.nameOf(i.officeId()),
                    f.target(),
                    f.actual(),
                    f.status().label(),
                    f.links(),
                    names.isEmpty() ? "" : folder,
                    String.join("\n", names)));
        }
        String report = "bao-cao-" + p.month();
        List<Entry> entries = new ArrayList<>();
        periods.document(p.id(), "docx").ifPresent(b -> entries.add(new Entry(report + ".docx", out -> out.write(b))));
        periods.document(p.id(), "xlsx").ifPresent(b -> entries.add(new Entry(report + ".xlsx", out -> out.write(b))));
        byte[] index = index(p, tasks, indicatorLines);
        entries.add(new Entry(INDEX, out -> out.write(index)));
        entries.addAll(files);
        return new Contents(entries);
    }

    private byte[] index(ReportPeriods.Period p, List<TaskLine> tasks, List<IndicatorLine> indicatorLines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet taskSheet = workbook.createSheet("Nhiệm vụ");
            header(
                    taskSheet,
                    "TT",
                    "Nhiệm vụ",
                    "Cơ quan chủ trì, tình trạng từng cơ quan",
                    "Thời hạn",
                    "Tình trạng",
                    "Thư mục minh chứng",
                    "Tệp minh chứng");
            int r = 0;
            for (TaskLine t : tasks) {
                cells(
                        taskSheet.createRow(++r),
                        t.number(),
                        t.title(),
                        t.offices(),
                        t.deadline(),
                        t.status(),
                        t.folder(),
                        t.files());
            }
            Sheet indicatorSheet = workbook.createSheet("Chỉ tiêu");
            header(
                    indicatorSheet,
                    "TT",
                    "Chỉ tiêu",
                    "Đơn vị",
                    "Cơ quan theo dõi",
                    "Chỉ tiêu trong kỳ",
                    "Kết quả " + p.label(),
                    "Đánh giá",
                    "Đường dẫn, văn bản",
                    "Thư mục minh chứng",
                    "Tệp minh chứng");
            r = 0;
            for (IndicatorLine i : indicatorLines) {
                cells(
                        indicatorSheet.createRow(++r),
                        i.number(),
                        i.name(),
                        i.unit(),
                        i.office(),
                        i.target(),
                        i.actual(),
                        i.status(),
                        i.links(),
                        i.folder(),
                        i.files());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the pack's index", e);
        }
    }

    private static void header(Sheet sheet, String... headings) {
        cells(sheet.createRow(0), headings);
        for (int i = 0; i < headings.length; i++) {
            sheet.setColumnWidth(i, (i == 1 ? 50 : 24) * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headings.length - 1));
        sheet.createFreezePane(0, 1);
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
    }

    /**
     * A name safe as one folder or file of a zip on any system: no separators, no "..", no characters Windows refuses
     * or that hide text, Vietnamese kept as written (NFC).
     */
    static String segment(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
                .codePoints()
                .map(c -> Character.getType(c) == Character.CONTROL
                                || Character.getType(c) == Character.FORMAT
                                || "\\/:*?\"<>|".indexOf(c) >= 0
                        ? '-'
                        : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s.]+|[\\s.]+$", "");
        if (s.codePointCount(0, s.length()) > MAX_SEGMENT) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_SEGMENT)).strip();
        }
        return s.isEmpty() ? "_" : s;
    }

    private static String numbered(String number, String name) {
        return number == null || number.isBlank() ? name : number + ". " + name;
    }

    /** Two files of one name in a folder: the second becomes "name (2).pdf". */
    private static String unique(String path, Set<String> taken) {
        String candidate = path;
        int dot = path.lastIndexOf('.');
        boolean extension = dot > path.lastIndexOf('/');
        for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            candidate =
                    extension ? path.substring(0, dot) + " (" + n + ")" + path.substring(dot) : path + " (" + n + ")";
        }
        return candidate;
    }

    record Contents(List<Entry> entries) {

        /** Writes the zip; each file's content is copied from the database as its entry is written. */
        void writeTo(OutputStream out) throws IOException {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.path()));
                entry.content().write(zip);
                zip.closeEntry();
            }
            zip.finish();
        }
    }

    record Entry(String path, Content content) {}

    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private record TaskLine(
            String number, String title, String offices, String deadline, String status, String folder, String files) {}

    private record IndicatorLine(
            String number,
            String name,
            String unit,
            String office,
            String target,
            String actual,
            String status,
            String links,
            String folder,
            String files) {}
}
