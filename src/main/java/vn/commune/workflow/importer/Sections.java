package vn.commune.workflow.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Roman-numbered section headings in capitals: "II. NHIỆM VỤ TRỌNG TÂM." */
final class Sections {
    private static final Pattern HEADING = Pattern.compile("^([IVXLC]+)\\.\\s+(\\S.*)$");
    private static final double MIN_CAPITALS = 0.7;

    private Sections() {}

    static boolean isHeading(String line) {
        Matcher heading = HEADING.matcher(line);
        return heading.matches() && Romans.value(heading.group(1)) > 0 && mostlyCapitals(heading.group(2));
    }

    static boolean mostlyCapitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long capitals = text.codePoints().filter(Character::isUpperCase).count();
        return letters > 0 && capitals >= MIN_CAPITALS * letters;
    }
}
