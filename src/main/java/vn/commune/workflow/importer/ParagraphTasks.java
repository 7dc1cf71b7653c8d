package vn.commune.workflow.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.commune.workflow.system.Problem;

/**
 * Tasks written as numbered paragraphs (Ngọk Bay, section II): "1. Title:", a body, then
 * "- Cơ quan chủ trì…:", "- Cơ quan phối hợp:", "- Thời gian thực hiện:" lines. A section counts as
 * the task list when its items carry such lines.
 */
final class ParagraphTasks {
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\.\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-+•–]\\s*\\S.*");
    private static final Pattern LABEL = Pattern.compile("^[-+•–]\\s*([^:]{2,60}?)\\s*:\\s*(.*)$");
    private static final Pattern LABEL_START =
            Pattern.compile("^(?:co quan|don vi|thoi gian|thoi han|tien do|ket qua|san pham|chu tri|phoi hop)\\b.*");
    private static final Pattern ONGOING =
            Pattern.compile("\\(nhiệm vụ thường xuyên\\)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ParagraphTasks() {}

    /** @param wholeParagraphs lines are Word paragraphs, so the title is the first one, not broken lines */
    static List<ParsedTask> read(List<SourceLine> lines, boolean wholeParagraphs, List<Problem> warnings) {
        List<ParsedTask> tasks = new ArrayList<>();
        for (List<SourceLine> section : sections(lines)) {
            String first = section.get(0).text();
            String group = Sections.isHeading(first) ? Texts.trimEnd(first, ".:") : null;
            List<Item> items = new ArrayList<>();
            for (List<SourceLine> itemLines : items(section)) {
                items.add(Item.parse(itemLines, wholeParagraphs));
            }
            if (items.stream().noneMatch(Item::hasDuties)) {
                continue;
            }
            for (Item item : items) {
                ParsedTask task = item.toTask(group);
                TaskChecks.check(task, item.where, warnings);
                tasks.add(task);
            }
        }
        return tasks;
    }

    private static List<List<SourceLine>> sections(List<SourceLine> lines) {
        List<List<SourceLine>> sections = new ArrayList<>();
        for (SourceLine line : lines) {
            if (sections.isEmpty() || Sections.isHeading(line.text())) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(line);
        }
        return sections;
    }

    /** Items are numbered 1, 2, 3…; a number out of sequence is part of the text, not a new item. */
    private static List<List<SourceLine>> items(List<SourceLine> section) {
        List<List<SourceLine>> items = new ArrayList<>();
        for (SourceLine line : section) {
            Matcher item = ITEM.matcher(line.text());
            if (item.matches() && Integer.parseInt(item.group(1)) == items.size() + 1) {
                items.add(new ArrayList<>());
            }
            if (!items.isEmpty()) {
                items.get(items.size() - 1).add(line);
            }
        }
        return items;
    }

    private static final class Item {
        private final String where;
        private final String number;
        private final List<String> title = new ArrayList<>();
        private final List<String> body = new ArrayList<>();
        private final Map<Column, List<String>> fields = new EnumMap<>(Column.class);

        private Item(String where, String number) {
            this.where = where;
            this.number = number;
        }

        static Item parse(List<SourceLine> lines, boolean wholeParagraphs) {
            String first = lines.get(0).text();
            String heading = ITEM.matcher(first).replaceFirst("$2");
            Item item = new Item(lines.get(0).where(), ITEM.matcher(first).replaceFirst("$1"));
            item.title.add(heading);
            boolean titleDone = wholeParagraphs || heading.endsWith(":");
            Column current = null;
            for (SourceLine line : lines.subList(1, lines.size())) {
                String text = line.text();
                boolean bullet = BULLET.matcher(text).matches();
                if (!titleDone && !bullet) {
                    item.title.add(text);
                    titleDone = text.endsWith(":");
                    continue;
                }
                titleDone = true;
                Column label = bullet ? label(text) : null;
                if (label != null) {
                    current = label;
                    item.fields
                            .computeIfAbsent(label, c -> new ArrayList<>())
                            .add(LABEL.matcher(text).replaceFirst("$2"));
                } else if (current != null && !bullet) {
                    item.fields.get(current).add(text);
                } else {
                    current = null;
                    item.body.add(text);
                }
            }
            return item;
        }

        private static Column label(String line) {
            Matcher label = LABEL.matcher(line);
            if (!label.matches()
                    || !LABEL_START.matcher(Fold.key(label.group(1))).matches()) {
                return null;
            }
            Column column = Column.of(label.group(1));
            return column == Column.TITLE || column == Column.NUMBER ? null : column;
        }

        boolean hasDuties() {
            return fields.containsKey(Column.LEAD)
                    || fields.containsKey(Column.DEADLINE)
                    || fields.containsKey(Column.COORDINATING);
        }

        ParsedTask toTask(String group) {
            return new ParsedTask(
                    number,
                    group,
                    Texts.trimEnd(Texts.join(title), ":"),
                    field(Column.LEAD),
                    field(Column.COORDINATING),
                    field(Column.RESULT),
                    deadline());
        }

        /** The explicit "Thời gian thực hiện" line wins over "(nhiệm vụ thường xuyên)" in the body. */
        private String deadline() {
            String explicit = field(Column.DEADLINE);
            if (explicit != null) {
                return explicit;
            }
            List<String> all = new ArrayList<>(title);
            all.addAll(body);
            Matcher ongoing = ONGOING.matcher(String.valueOf(Texts.join(all)));
            return ongoing.find() ? ongoing.group() : null;
        }

        private String field(Column column) {
            return Texts.trimEnd(Texts.join(fields.getOrDefault(column, List.of())), ".;,");
        }
    }
}
