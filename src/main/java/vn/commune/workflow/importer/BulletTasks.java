package vn.commune.workflow.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks written as bullets ("- …", "+ …", "•") under the plan heading of a document ("Kế hoạch năm 2026",
 * "Nhiệm vụ và giải pháp"), with no office per bullet and any deadline inside the sentence. One bullet is
 * one task however many lines or pages it runs over; a bullet ending in ":" over sub-bullets of another
 * mark is their group; a bullet that states a measured target is proposed as an indicator instead.
 * Bullets outside plan sections (the past year's results, the budget) are not tasks.
 */
final class BulletTasks {
    private static final Pattern BULLET = Pattern.compile("^([-+•–*·])\\s*(\\S.*)$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:nam|giai doan)\\s+(20\\d\\d)\\b");
    private static final String NUMBERED = "1.";

    record Result(List<ParsedTask> tasks, List<ProposedIndicator> proposals) {
        boolean isEmpty() {
            return tasks.isEmpty() && proposals.isEmpty();
        }
    }

    private record Item(String marker, String where, Outline.Place place, List<String> lines) {
        String text() {
            return Texts.join(lines);
        }
    }

    private BulletTasks() {}

    /**
     * @param issuedOn resolves deadlines without a year
     * @param documentYear the year the document plans for, if its title says so; a plan heading's own
     *     year ("Kế hoạch năm 2026") comes first
     * @param wholeParagraphs lines are Word paragraphs: a paragraph of its own is not part of a bullet
     *     unless it goes on with its sentence (a bullet split by a page break)
     */
    static Result read(Outline outline, LocalDate issuedOn, Integer documentYear, boolean wholeParagraphs) {
        List<Item> items = items(outline, wholeParagraphs);
        List<ParsedTask> tasks = new ArrayList<>();
        List<ProposedIndicator> proposals = new ArrayList<>();
        Map<Item, String> groups = bulletGroups(items);
        int number = 0;
        for (Item item : items) {
            if (groups.containsKey(item) && groups.get(item) == null) {
                continue;
            }
            number++;
            String text = Texts.trimEnd(item.text(), ";,");
            Outline.Heading heading = item.place().heading();
            String group = groups.get(item) != null ? groups.get(item) : heading == null ? null : heading.label();
            Integer year = year(item.place().planHeading(), documentYear);
            String deadline = SentenceDeadline.find(text, issuedOn);
            boolean assumed = deadline == null && year != null;
            ParsedTask task = new ParsedTask(
                    String.valueOf(number), group, text, null, null, null, assumed ? "Năm " + year : deadline, assumed);
            MeasurableTarget target = MeasurableTarget.of(text);
            if (target == null) {
                tasks.add(task);
            } else {
                Map<String, String> targets = new LinkedHashMap<>();
                targets.put(year == null ? "" : String.valueOf(year), target.target());
                proposals.add(new ProposedIndicator(
                        new ParsedIndicator(task.number(), text, target.unit(), targets, null), task));
            }
        }
        return new Result(tasks, proposals);
    }

    private static List<Item> items(Outline outline, boolean wholeParagraphs) {
        List<Item> items = new ArrayList<>();
        Item current = null;
        for (int i = 0; i < outline.lines().size(); i++) {
            SourceLine line = outline.lines().get(i);
            Outline.Place place = outline.placeOf(i);
            if (place.kind() != Outline.Kind.PLAN || outline.headingAt(i) != null) {
                current = null;
                continue;
            }
            Matcher bullet = BULLET.matcher(line.text());
            if (bullet.matches() || Outline.isNumbered(line.text())) {
                String marker = bullet.matches() ? bullet.group(1) : NUMBERED;
                String text = bullet.matches() ? bullet.group(2) : Outline.unlabelled(line.text());
                current = new Item(marker, line.where(), place, new ArrayList<>(List.of(text)));
                items.add(current);
            } else if (current != null && continues(current, line, wholeParagraphs)) {
                current.lines().add(line.text());
            } else {
                current = null;
            }
        }
        return items;
    }

    /** A line without a mark goes on with the bullet above it unless that bullet's sentence is over. */
    private static boolean continues(Item item, SourceLine line, boolean wholeParagraphs) {
        String last = item.lines().get(item.lines().size() - 1);
        return Texts.startsLowerCase(line.text())
                || !last.matches(".*[.!?;:]$")
                || !wholeParagraphs && !line.afterGap();
    }

    /**
     * Items that head a group of sub-bullets map to {@code null}; the items under them map to the
     * heading's text. Items in no such group are absent.
     */
    private static Map<Item, String> bulletGroups(List<Item> items) {
        Map<Item, String> groups = new LinkedHashMap<>();
        Item head = null;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (head != null
                    && (item.marker().equals(head.marker())
                            || item.place().heading() != head.place().heading())) {
                head = null;
            }
            Item next = i + 1 < items.size() ? items.get(i + 1) : null;
            boolean heads = item.text().endsWith(":")
                    && next != null
                    && !next.marker().equals(item.marker())
                    && next.place().heading() == item.place().heading();
            if (heads) {
                head = item;
                groups.put(item, null);
            } else if (head != null) {
                groups.put(item, Texts.trimEnd(head.text(), ":"));
            }
        }
        return groups;
    }

    private static Integer year(Outline.Heading planHeading, Integer documentYear) {
        Matcher year = YEAR.matcher(planHeading == null ? "" : Fold.key(planHeading.text()));
        return year.find() ? Integer.valueOf(year.group(1)) : documentYear;
    }
}
