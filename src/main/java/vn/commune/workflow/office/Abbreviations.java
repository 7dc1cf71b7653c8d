package vn.commune.workflow.office;

import java.util.Map;

/**
 * The short forms clerks write for the words of office names, folded (no diacritics, lower case), with the
 * words they stand for. This is the one list: name comparison expands every short form before comparing.
 * A commune's own short forms ("P.TC-KH") go to its alias table instead.
 *
 * <p>Keys are one word, or two words joined by a space when the first alone would be ambiguous ("CT" is also
 * "Chủ tịch"; only "CT-XH" is "chính trị - xã hội"). A word written with diacritics is never treated as a
 * short form, so "cả" stays "cả" while "CA xã" is "Công an xã".
 */
final class Abbreviations {

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("ubmttqvn", "uy ban mat tran to quoc viet nam"),
            Map.entry("ubmttq", "uy ban mat tran to quoc"),
            Map.entry("mttqvn", "mat tran to quoc viet nam"),
            Map.entry("mttq", "mat tran to quoc"),
            Map.entry("vn", "viet nam"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("ub", "uy ban"),
            Map.entry("vp", "van phong"),
            Map.entry("p", "phong"),
            Map.entry("tt", "trung tam"),
            Map.entry("pv", "phuc vu"),
            Map.entry("hcc", "hanh chinh cong"),
            Map.entry("pvhcc", "phuc vu hanh chinh cong"),
            Map.entry("tthcc", "trung tam hanh chinh cong"),
            Map.entry("ttpvhcc", "trung tam phuc vu hanh chinh cong"),
            Map.entry("vh", "van hoa"),
            Map.entry("xh", "xa hoi"),
            Map.entry("vhxh", "van hoa xa hoi"),
            Map.entry("kt", "kinh te"),
            Map.entry("ct xh", "chinh tri xa hoi"),
            Map.entry("ctxh", "chinh tri xa hoi"),
            Map.entry("ca", "cong an"),
            Map.entry("bch", "ban chi huy"),
            Map.entry("qs", "quan su"),
            Map.entry("chqs", "chi huy quan su"),
            Map.entry("bchqs", "ban chi huy quan su"),
            Map.entry("tyt", "tram y te"));

    private Abbreviations() {}
}
