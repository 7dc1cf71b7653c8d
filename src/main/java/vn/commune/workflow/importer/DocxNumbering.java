package vn.commune.workflow.importer;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Word's automatic numbering is not in the paragraph text; this rebuilds "1.", "II." or "- " so that
 * a numbered task list reads like a typed one. The level is looked up here because POI's own lookup
 * gives nothing for paragraphs that omit their level (Word then means level 0).
 */
final class DocxNumbering {
    private static final int LEVELS = 9;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The label Word would show before the paragraph, followed by a space, or "". */
    String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        int level = paragraph.getNumIlvl() == null
                ? 0
                : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        CTLvl definition = numId == null ? null : definition(paragraph, numId, level);
        if (definition == null) {
            return "";
        }
        String format =
                definition.isSetNumFmt() ? definition.getNumFmt().getVal().toString() : "decimal";
        if (format.equals("bullet")) {
            return "- ";
        }
        int start = definition.isSetStart() ? definition.getStart().getVal().intValue() : 1;
        int[] levels = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
        levels[level] = levels[level] == 0 ? start : levels[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            levels[deeper] = 0;
        }
        String pattern = definition.isSetLvlText() ? definition.getLvlText().getVal() : "%" + (level + 1) + ".";
        for (int l = 0; l <= level; l++) {
            pattern =
                    pattern.replace("%" + (l + 1), l == level ? format(levels[l], format) : String.valueOf(levels[l]));
        }
        return pattern + " ";
    }

    private static CTLvl definition(XWPFParagraph paragraph, BigInteger numId, int level) {
        XWPFNumbering numbering = paragraph.getDocument().getNumbering();
        XWPFNum num = numbering == null ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return null;
        }
        for (CTLvl candidate : abstractNum.getAbstractNum().getLvlArray()) {
            if (candidate.getIlvl() != null && candidate.getIlvl().intValue() == level) {
                return candidate;
            }
        }
        return null;
    }

    private static String format(int value, String format) {
        return switch (format) {
            case "upperRoman" -> roman(value);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "lowerLetter" -> String.valueOf((char) ('a' + (value - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (value - 1) % 26));
            default -> String.valueOf(value);
        };
    }

    private static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(symbols[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }
}
