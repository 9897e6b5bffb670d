package org.w3id.vnkg.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The province of the newspaper or portal a story names as its source by its web address, for a story whose
 * text names no province: a provincial party newspaper writes "Ban Thường vụ Tỉnh ủy họp ..." and leaves its
 * province to its masthead.
 * <pre>
 *   "(Baoquangngai.vn)- Ngày 18/10, Ban Thường vụ Tỉnh ủy họp ..."   -> "Quảng Ngãi"
 *   "Theo baodaklak.vn, ..."                                           -> "Đắk Lắk"
 *   "(Sonla.gov.vn) - Tối 28/2, ..."                                    -> "Sơn La" (the province's portal)
 *   "(GLO)- Ngày 20/7, ...", "BGĐT- Ngày 13/10, ..."                   -> "Gia Lai", "Bắc Giang" (press-codes.tsv)
 *   "(Chinhphu.vn) - ...", "baotintuc.vn"                              -> null (no province)
 * </pre>
 * An address is a host of a Vietnamese domain; its first label is a prefix of {@code site-prefixes.tsv}
 * ("bao", "tinhuy") and then a name of {@code provinces.tsv} without tone marks or spaces.
 */
public final class SiteProvince {
    private static final Pattern HOST = Pattern.compile(
            "(?i)(?<![\\p{L}\\d.@-])(?:www\\.)?([a-z][a-z\\d-]{2,40})\\.(?:com\\.vn|org\\.vn|gov\\.vn|net\\.vn|vn)(?![\\p{L}\\d])");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A code at the start of a paragraph, in brackets or before a dash: "(GLO)- Ngày 20/7", "BGĐT- Ngày 13/10". */
    private static final Pattern CODE = Pattern.compile("(?m)^[ \\t]*+(?:\\(([\\p{Lu}.]{2,8})\\)|([\\p{Lu}.]{2,8})[ \\t]*+[-–])");

    private final Map<String, String> provinceByFolded = new HashMap<>();
    private final Map<String, String> provinceByCode = new HashMap<>();
    private final List<String> prefixes;

    public SiteProvince() {
        for (String name : Tsv.load("provinces.tsv").column("name")) {
            provinceByFolded.putIfAbsent(fold(name), TextNormalizer.newStyleTones(name));
        }
        this.prefixes = List.copyOf(Tsv.load("site-prefixes.tsv").column("prefix"));
        for (Map<String, String> r : Tsv.load("press-codes.tsv").rows()) {
            provinceByCode.put(r.get("code"), TextNormalizer.newStyleTones(r.get("province")));
        }
    }

    /** "Quảng Ngãi" -> "quangngai", "Đắk Lắk" -> "daklak": how a web address writes a name. */
    static String fold(String name) {
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
        return MARKS.matcher(s).replaceAll("").replaceAll("[^a-z]", "");
    }

    /**
     * The province of the first address in the text that names one, else of the paper whose code opens a paragraph
     * ({@code press-codes.tsv}: "(GLO)- Ngày 20/7, ..."), or null.
     */
    public String provinceOf(String text) {
        String site = siteProvince(text);
        if (site != null) {
            return site;
        }
        Matcher c = CODE.matcher(text);
        while (c.find()) {
            String province = provinceByCode.get(c.group(1) != null ? c.group(1) : c.group(2));
            if (province != null) {
                return province;
            }
        }
        return null;
    }

    private String siteProvince(String text) {
        Matcher m = HOST.matcher(text);
        while (m.find()) {
            String label = m.group(1).toLowerCase(Locale.ROOT).replace("-", "");
            if (m.group().toLowerCase(Locale.ROOT).endsWith(".gov.vn") && provinceByFolded.containsKey(label)) {
                return provinceByFolded.get(label); // "(Sonla.gov.vn)": the province's own portal
            }
            for (String prefix : prefixes) {
                if (label.startsWith(prefix)) {
                    String province = provinceByFolded.get(label.substring(prefix.length()));
                    if (province != null) {
                        return province;
                    }
                }
            }
        }
        return null;
    }
}
