package vn.commune.workflow.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.commune.workflow.deadlinetext.DeadlineParser;
import vn.commune.workflow.system.Problem;

/**
 * The plan's number, date, title and commune, read from the heading block of its text. {@code report}: the
 * document is titled "BÁO CÁO", not "KẾ HOẠCH", so only a plan section inside it can be a plan.
 */
record PlanHeader(String number, LocalDate issuedOn, String title, String commune, boolean report) {
    static final String TOP = "đầu văn bản";
    private static final int HEADING_LINES = 80;
    private static final int MAX_TITLE_LINES = 10;
    /** "Số: 45/BC-UBND", also typed with spaces around the slash ("Số: 45 /BC-UBND"). */
    private static final Pattern NUMBER = Pattern.compile(
            "^Số\\s*:\\s*(\\d[^\\s,;/]*(?:\\s?/\\s?[^\\s,;/]+)*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    private static final Pattern DATE = Pattern.compile(
            "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final DeadlineParser DATES = new DeadlineParser();
    /** The name stops where a second heading shares the line ("… XÃ TRƯỜNG GIANG   CỘNG HÒA …"). */
    private static final Pattern COMMUNE =
            Pattern.compile("(?:^|\\s)(?:XÃ|PHƯỜNG|ĐẶC KHU)\\s+(.+?)(?:\\s{2,}|\\s+CỘNG HÒA|$)");
    /** Lines that start the body and so end a title. */
    private static final Pattern BODY_START = Pattern.compile("^(?:can cu|de trien khai|theo de nghi|nham)\\b.*");

    static PlanHeader read(List<SourceLine> lines, List<Problem> warnings) {
        List<SourceLine> top = lines.subList(0, Math.min(lines.size(), HEADING_LINES));
        TitleCase casing = new TitleCase(lines);
        String title = title(lines, "ke hoach", lines.size(), casing);
        String reportTitle = title == null ? title(lines, "bao cao", top.size(), casing) : null;
        PlanHeader header = new PlanHeader(
                number(top), date(top), title != null ? title : reportTitle, commune(top), reportTitle != null);
        if (header.number() == null) {
            warnings.add(new Problem(TOP, "Chưa đọc được số văn bản (dòng «Số: …» để trống hoặc không có)."));
        }
        if (header.issuedOn() == null) {
            warnings.add(new Problem(
                    TOP, "Chưa đọc được ngày ban hành (dòng «…, ngày … tháng … năm …» để trống hoặc không có)."));
        }
        if (header.title() == null) {
            warnings.add(new Problem(TOP, "Chưa đọc được tên kế hoạch (không thấy tiêu đề «KẾ HOẠCH»)."));
        }
        if (header.commune() == null) {
            warnings.add(new Problem(TOP, "Chưa đọc được tên xã (không thấy dòng «ỦY BAN NHÂN DÂN XÃ …»)."));
        }
        return header;
    }

    private static String number(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            Matcher number = NUMBER.matcher(line.text());
            if (number.find()) {
                return number.group(1).replaceAll("\\s", "");
            }
        }
        return null;
    }

    private static LocalDate date(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            Matcher date = DATE.matcher(line.text());
            if (date.find()) {
                // The one deadline parser reads every Vietnamese date; an impossible one gives no date.
                return DATES.parse(date.group(), null).dueDate();
            }
        }
        return null;
    }

    /** "ỦY BAN NHÂN DÂN XÃ TRƯỜNG GIANG", on one line or two, gives "Trường Giang". */
    private static String commune(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String key = lines.get(i).key();
            if (!key.startsWith("uy ban nhan dan") && !key.startsWith("ubnd")) {
                continue;
            }
            for (SourceLine candidate : lines.subList(i, Math.min(i + 2, lines.size()))) {
                String text = candidate.text();
                Matcher commune = COMMUNE.matcher(text);
                if (text.equals(text.toUpperCase(Locale.ROOT)) && commune.find()) {
                    return titleCase(commune.group(1));
                }
            }
        }
        return null;
    }

    /** The last year the title names ("… năm 2025 và kế hoạch năm 2026" plans for 2026), or {@code null}. */
    Integer year() {
        Matcher year = YEAR.matcher(title == null ? "" : title);
        Integer last = null;
        while (year.find()) {
            int found = Integer.parseInt(year.group(1));
            last = last == null ? found : Math.max(last, found);
        }
        return last;
    }

    /**
     * "KẾ HOẠCH HÀNH ĐỘNG" + "Thực hiện Nghị quyết…" gives "Kế hoạch hành động thực hiện Nghị quyết…": the
     * title line in capitals starting with {@code type}, among the first {@code within} lines, and the
     * subtitle lines under it.
     */
    private static String title(List<SourceLine> lines, String type, int within, TitleCase casing) {
        for (int i = 0; i < Math.min(within, lines.size()); i++) {
            String text = lines.get(i).text();
            if (!lines.get(i).key().startsWith(type) || !text.equals(text.toUpperCase(Locale.ROOT))) {
                continue;
            }
            // "KẾ HOẠCH" alone has its subject on the next line; "KẾ HOẠCH CHUYỂN ĐỔI SỐ …" may be whole.
            boolean typeOnly = lines.get(i).key().equals(type);
            List<String> subtitle = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && subtitle.size() < MAX_TITLE_LINES; j++) {
                SourceLine line = lines.get(j);
                if ((!subtitle.isEmpty() || !typeOnly)
                                && (line.afterGap()
                                        || BODY_START.matcher(line.key()).matches())
                        || line.text().startsWith("(")
                        || Sections.isHeading(line.text())) {
                    break;
                }
                subtitle.add(Sections.mostlyCapitals(line.text()) ? casing.recase(line.text(), false) : line.text());
            }
            String heading = casing.recase(Texts.oneLine(text), true);
            String rest = Texts.join(subtitle);
            return rest == null ? heading : heading + " " + lowerFirst(rest);
        }
        return null;
    }

    /** Lowers "Thực hiện" but leaves acronyms such as "UBND" alone. */
    private static String lowerFirst(String text) {
        boolean word = text.length() > 1 && Character.isLowerCase(text.codePointAt(1));
        return word ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
    }

    private static String titleCase(String upper) {
        StringBuilder result = new StringBuilder();
        for (String word : Texts.oneLine(upper).split(" ")) {
            String lower = word.toLowerCase(Locale.ROOT);
            result.append(result.length() == 0 ? "" : " ")
                    .append(lower.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(lower.substring(1));
        }
        return result.toString();
    }
}
