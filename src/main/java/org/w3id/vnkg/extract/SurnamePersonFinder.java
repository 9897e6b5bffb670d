package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * A {@link PersonFinder} from the shape of Vietnamese names: a family name of {@code lexicon/surnames.tsv}
 * and one to three more capitalised syllables, plus names already known from the article's posts.
 * <pre>
 *   "Thường trực Ban Bí thư Lương Cường có buổi làm việc" -> [Lương Cường]
 *   "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang"     -> []  (a title and a province, not names)
 * </pre>
 * A candidate that starts a title of {@code lexicon/roles.tsv} ("Phó Bí thư") or is a province
 * ("Hà Giang", "Hồ Chí Minh"), or follows an administrative word ("xã Nam Hòa"), is not a person.
 */
public final class SurnamePersonFinder implements PersonFinder {
    private static final Pattern ADMIN_BEFORE = Pattern.compile(
            "(?iu)(?:tỉnh|thành phố|tp\\.?|huyện|quận|xã|phường|thị xã|thị trấn|thôn|bản|làng|đường|phố|sông|núi|"
                    + "trường|bệnh viện|học viện|đại học|tư tưởng|quảng trường)\\s*$");
    private static final List<String> ROLES;
    private static final Pattern NAME;

    static {
        List<String> roles = new ArrayList<>(Tsv.load("roles.tsv").column("role"));
        roles.sort(Comparator.comparingInt(String::length).reversed());
        ROLES = List.copyOf(roles);
        List<String> surnames = new ArrayList<>(Tsv.load("surnames.tsv").column("surname"));
        surnames.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String s : surnames) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(s));
        }
        NAME = Pattern.compile("(?<![\\p{L}])(?:" + alt + ")(?:\\s+\\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}])");
    }

    private final ProvinceFinder provinces = new ProvinceFinder();
    private final List<String> known;

    public SurnamePersonFinder() {
        this(List.of());
    }

    /** A finder that also finds the given names (post holders of the article), longest first. */
    public SurnamePersonFinder(Collection<String> knownNames) {
        List<String> k = new ArrayList<>(Set.copyOf(knownNames));
        k.sort(Comparator.comparingInt(String::length).reversed());
        this.known = List.copyOf(k);
    }

    @Override
    public List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (String name : known) {
            int idx = text.indexOf(name);
            while (idx >= 0) {
                if (isFree(taken, idx, idx + name.length())) {
                    out.add(new Mention(name, idx, idx + name.length()));
                    mark(taken, idx, idx + name.length());
                }
                idx = text.indexOf(name, idx + 1);
            }
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (!isFree(taken, m.start(), m.end()) || startsTitle(text, m.start()) || isPlace(text, m)) {
                continue;
            }
            out.add(new Mention(m.group(), m.start(), m.end()));
            mark(taken, m.start(), m.end());
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean startsTitle(String text, int at) {
        for (String role : ROLES) {
            if (text.startsWith(role, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlace(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 16), m.start());
        if (ADMIN_BEFORE.matcher(before).find()) {
            return true;
        }
        String province = provinces.provinceIn(m.group());
        return province != null && TextNormalizer.key(province).equals(TextNormalizer.key(m.group()));
    }

    private static boolean isFree(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }
}
