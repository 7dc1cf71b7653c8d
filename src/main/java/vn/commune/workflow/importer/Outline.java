package vn.commune.workflow.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a written plan and what each one is. A yearly report-and-plan document assesses the
 * past year (I), then plans the next (II: "1. Kế hoạch", "2. Dự toán ngân sách"), then says who does what
 * ("Tổ chức thực hiện"); only the plan part holds tasks. A sub-heading that names nothing of the kind
 * ("a) Lĩnh vực chuyển đổi số") belongs to the section above it.
 */
final class Outline {
    enum Kind {
        PLAN,
        ASSESSMENT,
        BUDGET,
        ORGANISATION,
        OTHER,
        /** Takes the kind of the section it is in. */
        NEUTRAL
    }

    /** {@code level}: 1 for "II.", 2 for "1.", 3 for "1.1.", 4 for "a)". */
    record Heading(int level, String text, Kind kind) {
        String label() {
            return Texts.trimEnd(text, ".:;");
        }
    }

    /** Where a line stands: the innermost heading and the kind of section it is in. */
    record Place(Heading heading, Kind kind, Heading planHeading) {}

    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)[.)]\\s*(\\S.*)$");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final Pattern SUB_DECIMAL = Pattern.compile("^(\\d{1,2}\\.\\d{1,2})\\.?\\s+(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s+(\\S.*)$");

    private record Label(Pattern pattern, int level) {}
    /** "1.1." before "1." since the shorter label also starts the longer one. */
    private static final List<Label> LABELS =
            List.of(new Label(SUB_DECIMAL, 3), new Label(DECIMAL, 2), new Label(LETTER, 4));

    private static final Pattern PLAN =
            Pattern.compile("^(?:ke hoach|nhiem vu|giai phap|phuong huong|cac nhiem vu|noi dung"
                    + "|chuong trinh cong tac|muc tieu nhiem vu|chi tieu nhiem vu)\\b");
    private static final Pattern ASSESSMENT = Pattern.compile("^(?:danh gia|ket qua|tinh hinh|ton tai|han che"
            + "|nguyen nhan|bai hoc|thuan loi|kho khan|mot so ket qua|so ket|tong ket)\\b");
    private static final Pattern BUDGET =
            Pattern.compile("^(?:du toan|kinh phi|ngan sach|nguon kinh phi|nguon von|tai chinh)\\b");
    private static final Pattern ORGANISATION = Pattern.compile("^(?:to chuc thuc hien|trach nhiem|phan cong)\\b");
    private static final Pattern OTHER =
            Pattern.compile("^(?:muc dich|yeu cau|can cu|kien nghi|de xuat|ghi chu|noi nhan)\\b");

    private static final int MAX_HEADING = 100;
    private static final int MAX_PLAIN_HEADING = 60;

    private final List<SourceLine> lines;
    private final List<Heading> headings = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();

    Outline(List<SourceLine> lines) {
        this.lines = lines;
        Deque<Heading> open = new ArrayDeque<>();
        for (SourceLine line : lines) {
            Heading heading = heading(line.text());
            if (heading != null) {
                while (!open.isEmpty() && open.peek().level() >= heading.level()) {
                    open.pop();
                }
                open.push(heading);
            }
            headings.add(heading);
            places.add(place(open));
        }
    }

    List<SourceLine> lines() {
        return lines;
    }

    /** The heading this line is, or {@code null}. */
    Heading headingAt(int i) {
        return headings.get(i);
    }

    Place placeOf(int i) {
        return places.get(i);
    }

    boolean hasPlanSection() {
        return headings.stream().anyMatch(h -> h != null && h.kind() == Kind.PLAN);
    }

    /** The lines of every plan section, headings included. */
    List<SourceLine> planLines() {
        List<SourceLine> plan = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (places.get(i).kind() == Kind.PLAN) {
                plan.add(lines.get(i));
            }
        }
        return plan;
    }

    private static Place place(Deque<Heading> open) {
        Kind kind = Kind.NEUTRAL;
        Heading plan = null;
        for (Heading heading : open) {
            if (kind == Kind.NEUTRAL) {
                kind = heading.kind();
            }
            if (plan == null && heading.kind() == Kind.PLAN) {
                plan = heading;
            }
        }
        return new Place(open.peek(), kind, kind == Kind.PLAN ? plan : null);
    }

    /**
     * A numbered line is a heading when it is short or names a kind of section; a long numbered sentence
     * is an item. A line without a number is a heading only in capitals and only to end a plan section:
     * the document's own title ("KẾ HOẠCH …") must not make everything below it a task.
     */
    static Heading heading(String text) {
        Matcher roman = ROMAN.matcher(text);
        if (roman.matches() && Romans.value(roman.group(1)) > 0) {
            return text.length() <= MAX_HEADING ? new Heading(1, text, kind(roman.group(2))) : null;
        }
        for (Label label : LABELS) {
            Matcher matcher = label.pattern().matcher(text);
            if (matcher.matches()) {
                String rest = matcher.group(2);
                Kind kind = kind(rest);
                boolean heading = rest.length() <= MAX_HEADING
                        && (kind != Kind.NEUTRAL
                                || rest.endsWith(":")
                                || rest.length() <= MAX_PLAIN_HEADING && !rest.matches(".*[.;,]$"));
                return heading ? new Heading(label.level(), text, kind) : null;
            }
        }
        Kind kind = kind(text);
        boolean ending = kind != Kind.NEUTRAL && kind != Kind.PLAN;
        return ending && text.length() <= MAX_PLAIN_HEADING && Sections.mostlyCapitals(text)
                ? new Heading(1, text, kind)
                : null;
    }

    /** Whether a line is a numbered heading or item ("1.", "a)", "1.1."), for readers that look for bullets. */
    static boolean isNumbered(String text) {
        return LABELS.stream().anyMatch(label -> label.pattern().matcher(text).matches());
    }

    /** The text after a "1." or "a)" label. */
    static String unlabelled(String text) {
        for (Label label : LABELS) {
            Matcher matcher = label.pattern().matcher(text);
            if (matcher.matches()) {
                return matcher.group(2);
            }
        }
        return text;
    }

    static Kind kind(String title) {
        String key = Fold.key(title);
        if (ORGANISATION.matcher(key).find()) {
            return Kind.ORGANISATION;
        }
        if (PLAN.matcher(key).find()) {
            return Kind.PLAN;
        }
        if (ASSESSMENT.matcher(key).find()) {
            return Kind.ASSESSMENT;
        }
        if (BUDGET.matcher(key).find()) {
            return Kind.BUDGET;
        }
        return OTHER.matcher(key).find() ? Kind.OTHER : Kind.NEUTRAL;
    }
}
