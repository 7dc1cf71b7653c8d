package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Tổ chức thực hiện" section, read for who takes which field of work: "- Phòng Kinh tế: chủ trì các
 * nhiệm vụ về nông nghiệp, ngân sách.", "Giao Công an xã chủ trì các nhiệm vụ về an ninh trật tự."
 * A line that gives no field ("… theo dõi, tổng hợp") gives nothing.
 */
final class OrganisationSection {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern MARK = Pattern.compile("^(?:[-+•–*·]\\s*|\\d{1,2}[.)]\\s+|[a-zđ]\\)\\s+)");
    /** "Giao X chủ trì …", "X có trách nhiệm …": the office is the words before the duty. */
    private static final Pattern DUTY = Pattern.compile(
            "\\s(?:chủ trì|có trách nhiệm|tham mưu|phụ trách|là cơ quan|thực hiện|triển khai|theo dõi)\\b", FLAGS);

    private static final Pattern GIVEN = Pattern.compile("^giao\\s+", FLAGS);
    private static final Pattern FIELD_START = Pattern.compile("\\b(?:về|lĩnh vực|liên quan đến|thuộc)\\s+", FLAGS);
    private static final Pattern FIELD_LEAD = Pattern.compile("^(?:các\\s+|công tác\\s+|lĩnh vực\\s+)+", FLAGS);
    private static final int MAX_OFFICE = 120;

    private OrganisationSection() {}

    static List<FieldOffices> read(Outline outline) {
        List<FieldOffices> found = new ArrayList<>();
        for (Entry entry : entries(outline)) {
            FieldOffices fields = fieldOffices(entry);
            if (fields != null) {
                found.add(fields);
            }
        }
        return found;
    }

    private record Entry(String where, List<String> lines) {}

    private static List<Entry> entries(Outline outline) {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        for (int i = 0; i < outline.lines().size(); i++) {
            SourceLine line = outline.lines().get(i);
            if (outline.placeOf(i).kind() != Outline.Kind.ORGANISATION || outline.headingAt(i) != null) {
                current = null;
                continue;
            }
            String text = line.text();
            boolean starts = current == null
                    || MARK.matcher(text).find()
                    || Texts.startsUpperCase(text)
                            && current.lines().get(current.lines().size() - 1).matches(".*[.;]$");
            if (starts) {
                current = new Entry(line.where(), new ArrayList<>());
                entries.add(current);
            }
            current.lines().add(text);
        }
        return entries;
    }

    private static FieldOffices fieldOffices(Entry entry) {
        String text = MARK.matcher(Texts.join(entry.lines())).replaceFirst("");
        text = GIVEN.matcher(text).replaceFirst("");
        int colon = text.indexOf(':');
        Matcher duty = DUTY.matcher(text);
        int officeEnd = colon > 0 && colon <= MAX_OFFICE ? colon : duty.find() ? duty.start() : -1;
        if (officeEnd <= 0 || officeEnd > MAX_OFFICE || !OfficeWords.startsOfficeName(text)) {
            return null;
        }
        String rest = text.substring(officeEnd);
        Matcher start = FIELD_START.matcher(rest);
        if (!start.find()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (String part : rest.substring(start.end()).split("[,;.]|\\s+và\\s+|\\s+và$")) {
            String field = Texts.oneLine(FIELD_LEAD.matcher(part.strip()).replaceFirst(""));
            if (field != null && field.split(" ").length >= 2) {
                fields.add(field);
            }
        }
        String office = Texts.trimEnd(text.substring(0, officeEnd), ",;:");
        return fields.isEmpty() ? null : new FieldOffices(entry.where(), office, fields);
    }
}
