package org.w3id.vnkg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The word lists of the Vietnamese layer, loaded once from {@code lexicon/*.tsv} and compiled into
 * {@link TokenTrie}s: family names, honorifics, qualifiers, titles, bodies, level words and places.
 * <pre>
 *   VnLexicon lex = VnLexicon.standard();
 *   lex.roles().longestMatch(words, i, n);   // "Phó Bí thư Thường trực" rather than "Phó Bí thư"
 * </pre>
 * A missing or malformed file fails at first use, naming the file and line ({@link Tsv}).
 */
public final class VnLexicon {

    /** A word written before a name: "ông" (male), "Đại tướng" (rank), "GS." (academic). */
    public record Honorific(String surface, String kind, Gender gender) {
        public boolean isRank() {
            return kind.equals("rank");
        }
    }

    /**
     * A title as output; {@code headWords}: how many of its last words also start the organization
     * (1 for "Trưởng Ban", 2 for "Chánh Văn phòng", 0 for most); {@code bodyWord}: the first word of the
     * bodies the title heads when the press leaves it out ("Bộ" for "Bộ trưởng Xây dựng"), or null.
     */
    public record Role(String name, int headWords, String defaultOrg, boolean rank, String bodyWord, String unitWord) {
        public Role(String name, int headWords, String defaultOrg) {
            this(name, headWords, defaultOrg, false, null, null);
        }
    }

    /** A body; see bodies.tsv for the kinds. */
    public record Body(String name, Kind kind, String level) {
        /** How the body relates to places and to other bodies. */
        public enum Kind { NATIONAL, COMMITTEE, LOCAL, ORGAN }
    }

    /**
     * A committee member's title written as one word with the committee ("Tỉnh ủy viên"): the role, the body and
     * the level word of its unit (member-titles.tsv).
     */
    public record MemberTitle(String role, String body, String levelWord) {
        /** The level word of member-titles.tsv that stands for the one the committee's own unit is written with. */
        private static final String OWN_UNIT = "=";

        /** Whether the committee's unit gives the level word (the bare "Đảng ủy" of a commune or ward). */
        public boolean ofOwnUnit() {
            return OWN_UNIT.equals(levelWord);
        }

        /** This title with the level word of the unit at hand. */
        public MemberTitle atLevel(String unitWord) {
            return new MemberTitle(role, body, unitWord);
        }
    }

    /** A province of either era, as written in provinces.tsv, with its level word (tỉnh, thành phố). */
    public record Province(String name, String unitWord) {
    }

    private final TokenTrie<String> surnames = new TokenTrie<>();
    private final TokenTrie<Honorific> honorifics = new TokenTrie<>();
    private final TokenTrie<Post.Qualifier> qualifiers = new TokenTrie<>();
    private final TokenTrie<Post.Qualifier> titleLinks = new TokenTrie<>();
    private final TokenTrie<Boolean> appointingLinks = new TokenTrie<>();
    private final TokenTrie<Boolean> transferVerbs = new TokenTrie<>();
    private final TokenTrie<Boolean> decisionWords = new TokenTrie<>();
    private final TokenTrie<Boolean> appointingVerbs = new TokenTrie<>();
    private final TokenTrie<Boolean> assigningVerbs = new TokenTrie<>();
    private final TokenTrie<Boolean> removingVerbs = new TokenTrie<>();
    private final TokenTrie<Boolean> grantingVerbs = new TokenTrie<>();
    private final TokenTrie<Boolean> partyRemovingWords = new TokenTrie<>();
    private final List<String> partyBodyWords = new ArrayList<>();
    private final List<String> keptBodies = new ArrayList<>();
    private final List<String> keptBesideBodies = new ArrayList<>();
    private final TokenTrie<Boolean> enterWords = new TokenTrie<>();
    private final TokenTrie<Boolean> proposingWords = new TokenTrie<>();
    private final TokenTrie<Boolean> tenseWords = new TokenTrie<>();
    private final TokenTrie<Boolean> leavingWords = new TokenTrie<>();
    private final TokenTrie<Boolean> pressWords = new TokenTrie<>();
    private final TokenTrie<MemberTitle> memberTitles = new TokenTrie<>();
    private final Map<String, MemberTitle> memberTitlesByCommittee = new HashMap<>();
    private final Set<String> membershipRoles = new HashSet<>();
    private final Set<String> membershipBodies = new HashSet<>();
    private final Map<String, String> departments = new HashMap<>();
    private final TokenTrie<Role> roles = new TokenTrie<>();
    private final TokenTrie<Body> bodies = new TokenTrie<>();
    private final Map<String, Body> bodyByName = new HashMap<>();
    private final Map<String, String> unitPartyCommittees = new HashMap<>(); // a unit's key -> its party committee
    private final Map<String, TokenTrie<Body>> bodiesAfterFirstWord = new HashMap<>();
    private final Map<String, Role> roleByName = new HashMap<>();
    private final TokenTrie<String> localities = new TokenTrie<>();
    private final Map<String, String> unitCommittees = new HashMap<>(); // lower-case level word -> its party committee
    private final Set<String> rankRoles = new HashSet<>();
    private final Set<String> deputyRankRoles = new HashSet<>();
    private final Map<String, String> writtenNames = new HashMap<>();
    private final TokenTrie<Province> provinces = new TokenTrie<>();
    private final TokenTrie<String> placeNames = new TokenTrie<>();
    private final TokenTrie<String> namingWords = new TokenTrie<>();
    private final Set<String> foreignCountries = new HashSet<>();
    private final Set<String> continents = new HashSet<>();
    private final Map<String, String> countryByName = new HashMap<>(); // key of another name -> the common name
    private final Map<String, String> formalByCountry = new HashMap<>(); // key of the common name -> the formal name
    private final Set<String> nonBreakingPrefixes;
    private final Map<String, Province> provinceByKey = new HashMap<>();

    private VnLexicon() {
        for (String s : Tsv.load("surnames.tsv").column("surname")) {
            surnames.put(TokenWords.ofPhrase(s), s);
        }
        for (Map<String, String> r : Tsv.load("honorifics.tsv").rows()) {
            String g = r.get("gender");
            Gender gender = g.isEmpty() ? Gender.UNKNOWN : Gender.valueOf(g.toUpperCase(java.util.Locale.ROOT));
            honorifics.put(TokenWords.ofPhrase(r.get("honorific")),
                    new Honorific(r.get("honorific"), r.get("kind"), gender));
        }
        for (Map<String, String> r : Tsv.load("qualifiers.tsv").rows()) {
            qualifiers.put(TokenWords.ofPhrase(r.get("word")), Post.Qualifier.valueOf(r.get("qualifier")));
        }
        for (Map<String, String> r : Tsv.load("title-links.tsv").rows()) {
            titleLinks.put(TokenWords.ofPhrase(r.get("link")), Post.Qualifier.valueOf(r.get("qualifier")));
            if ("yes".equals(r.get("appoints"))) {
                appointingLinks.put(TokenWords.ofPhrase(r.get("link")), Boolean.TRUE);
            }
        }
        for (Map<String, String> r : Tsv.load("transfers.tsv").rows()) {
            switch (r.get("kind")) {
                case "verb" -> {
                    transferVerbs.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                    decisionWords.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                }
                case "joins" -> decisionWords.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                case "assigns" -> {
                    assigningVerbs.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                    decisionWords.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                }
                case "appoints" -> {
                    appointingVerbs.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                    decisionWords.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                }
                case "removes" -> removingVerbs.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                case "grants" -> grantingVerbs.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                case "removes-party" -> partyRemovingWords.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                case "removes-all" -> partyRemovingWords.put(TokenWords.ofPhrase(r.get("word")), Boolean.FALSE);
                case "party-body" -> partyBodyWords.add(" " + TextNormalizer.key(r.get("word")) + " ");
                case "kept-body" -> keptBodies.add(TextNormalizer.key(r.get("word")));
                case "kept-beside" -> keptBesideBodies.add(TextNormalizer.key(r.get("word")));
                case "enters" -> enterWords.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                case "proposes" -> proposingWords.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                case "tense" -> tenseWords.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                case "leaves" -> leavingWords.put(TokenWords.ofPhrase(r.get("word")), Boolean.TRUE);
                case "membership" -> membershipRoles.add(TextNormalizer.newStyleTones(r.get("word")));
                case "membership-body" -> membershipBodies.add(TextNormalizer.key(r.get("word")));
                default -> throw new IllegalArgumentException("transfers.tsv: unknown kind " + r.get("kind"));
            }
        }
        for (Map<String, String> r : Tsv.load("departments.tsv").rows()) {
            departments.put(TextNormalizer.key(r.get("department")), TextNormalizer.key(r.get("of")));
        }
        for (Map<String, String> r : Tsv.load("roles.tsv").rows()) {
            String name = TextNormalizer.newStyleTones(r.get("role"));
            String def = r.get("default_org");
            String head = r.get("head");
            if (!head.isEmpty() && !name.endsWith(" " + head)) {
                throw new IllegalArgumentException("roles.tsv: head '" + head + "' does not end the role " + name);
            }
            int headWords = head.isEmpty() ? 0 : head.split(" ").length;
            if ("yes".equals(r.get("rank")) || "deputy".equals(r.get("rank"))) {
                rankRoles.add(name);
            }
            if ("deputy".equals(r.get("rank"))) {
                deputyRankRoles.add(name);
            }
            String bodyWord = r.get("body_word");
            String unitWord = r.get("unit");
            Role role = new Role(name, headWords, def.isEmpty() ? null : def, rankRoles.contains(name),
                    bodyWord.isEmpty() ? null : bodyWord, unitWord.isEmpty() ? null : unitWord);
            roles.put(TokenWords.ofPhrase(name), role);
            roleByName.putIfAbsent(name, role);
        }
        for (Map<String, String> r : Tsv.load("bodies.tsv").rows()) {
            String canonical = r.get("canonical").isEmpty() ? r.get("body") : r.get("canonical");
            Body.Kind kind = Body.Kind.valueOf(r.get("kind").toUpperCase(java.util.Locale.ROOT));
            Body body = new Body(canonical, kind, r.get("level"));
            if (!r.get("committee").isEmpty()) {
                unitPartyCommittees.put(TextNormalizer.key(canonical), r.get("committee"));
            }
            bodies.put(TokenWords.ofPhrase(r.get("body")), body);
            bodyByName.putIfAbsent(canonical, body);
            List<String> words = TokenWords.ofPhrase(r.get("body"));
            if (words.size() > 1) {
                bodiesAfterFirstWord.computeIfAbsent(words.get(0), k -> new TokenTrie<>())
                        .put(words.subList(1, words.size()), body);
            }
        }
        for (String w : Tsv.load("press-words.tsv").column("word")) {
            pressWords.put(TokenWords.ofPhrase(w), Boolean.TRUE);
        }
        for (Map<String, String> r : Tsv.load("member-titles.tsv").rows()) {
            MemberTitle m = new MemberTitle(TextNormalizer.newStyleTones(r.get("role")), r.get("body"), r.get("level"));
            memberTitles.put(TokenWords.ofPhrase(r.get("title")), m);
            if (!r.get("committee").isEmpty()) {
                memberTitlesByCommittee.put(TextNormalizer.newStyleTones(r.get("committee")).toLowerCase(Locale.ROOT), m);
            }
        }
        for (Map<String, String> r : Tsv.load("localities.tsv").rows()) {
            localities.put(TokenWords.ofPhrase(r.get("word")), r.get("level"));
            if (!r.get("committee").isEmpty()) {
                String written = r.get("written").isEmpty() ? r.get("word") : r.get("written");
                unitCommittees.put(written.toLowerCase(Locale.ROOT), r.get("committee"));
            }
        }
        for (Map<String, String> r : Tsv.load("provinces.tsv").rows()) {
            String unit = r.get("unit_type").startsWith("thành phố") ? "thành phố" : "tỉnh";
            Province p = new Province(TextNormalizer.newStyleTones(r.get("name")), unit);
            provinces.put(TokenWords.ofPhrase(p.name()), p);
            provinceByKey.putIfAbsent(TextNormalizer.key(p.name()), p);
        }
        for (Map<String, String> r : Tsv.load("province-aliases.tsv").rows()) {
            Province p = provinceByKey.get(TextNormalizer.key(r.get("province")));
            if (p == null) {
                throw new IllegalArgumentException("province-aliases.tsv: unknown province " + r.get("province"));
            }
            // an older name keeps its older level word: "tỉnh Thừa Thiên Huế", though Huế is a city now
            Province written = r.get("unit").isEmpty() ? p : new Province(p.name(), r.get("unit"));
            provinces.put(TokenWords.ofPhrase(r.get("alias")), written);
            provinceByKey.putIfAbsent(TextNormalizer.key(r.get("alias")), written);
            if (!r.get("written").isEmpty()) {
                writtenNames.put(TextNormalizer.key(r.get("alias")), r.get("written"));
                writtenNames.put(TextNormalizer.key(p.name()), r.get("written"));
            }
        }
        for (Map<String, String> r : Tsv.load("place-names.tsv").rows()) {
            placeNames.put(TokenWords.ofPhrase(r.get("name")), r.get("name"));
            if (r.get("kind").equals("continent")) {
                continents.add(TextNormalizer.key(r.get("name")));
            }
            if (r.get("kind").equals("country") && !r.get("name").equals("Việt Nam")) {
                foreignCountries.add(TextNormalizer.key(r.get("name")));
                String common = r.get("country").isEmpty() ? r.get("name") : r.get("country");
                countryByName.put(TextNormalizer.key(r.get("name")), common);
                if (r.get("formal").equals("yes")) {
                    formalByCountry.put(TextNormalizer.key(common), r.get("name"));
                }
            }
        }
        for (Map<String, String> r : Tsv.load("naming-words.tsv").rows()) {
            namingWords.put(TokenWords.ofPhrase(r.get("word")), r.get("kind"));
        }
        nonBreakingPrefixes = Set.copyOf(Tsv.load("nonbreaking-prefixes.tsv").column("prefix"));
    }

    private static final TokenTrie<Body> EMPTY_BODIES = new TokenTrie<>();

    private static final class Holder {
        private static final VnLexicon INSTANCE = new VnLexicon();
    }

    public static VnLexicon standard() {
        return Holder.INSTANCE;
    }

    public TokenTrie<String> surnames() {
        return surnames;
    }

    public TokenTrie<Honorific> honorifics() {
        return honorifics;
    }

    public TokenTrie<Post.Qualifier> qualifiers() {
        return qualifiers;
    }

    /** Words linking a name to its titles: "là", "giữ chức", "được bầu làm" (NEW), "thôi giữ chức" (FORMER). */
    public TokenTrie<Post.Qualifier> titleLinks() {
        return titleLinks;
    }

    /** The links that give a post the person takes up: "giữ chức", "được bầu làm" (title-links.tsv, appoints). */
    public TokenTrie<Boolean> appointingLinks() {
        return appointingLinks;
    }

    /** "điều động", "luân chuyển": the titles after the transferred person's name are the posts left. */
    public TokenTrie<Boolean> transferVerbs() {
        return transferVerbs;
    }

    /**
     * "phân công": a verb before a name that transfers the person only when a link after the titles gives the post
     * taken up ("phân công đồng chí A, Phó Bí thư Huyện ủy, giữ chức Trưởng Ban Dân tộc tỉnh"); transfers.tsv, assigns.
     */
    public TokenTrie<Boolean> assigningVerbs() {
        return assigningVerbs;
    }

    /** "bổ nhiệm", "bầu", "phê chuẩn": a verb before a name that gives the person a post (transfers.tsv, appoints). */
    public TokenTrie<Boolean> appointingVerbs() {
        return appointingVerbs;
    }

    /** "cách chức", "miễn nhiệm chức vụ": a verb that takes the posts after it from a person (transfers.tsv, removes). */
    public TokenTrie<Boolean> removingVerbs() {
        return removingVerbs;
    }

    /**
     * "cách chức tất cả các chức vụ trong Đảng", "khai trừ ra khỏi Đảng": words that take a person's posts in the
     * party's bodies (transfers.tsv, removes-party; value true), and "quyết định nghỉ hưu theo chế độ đối với ông A":
     * words that take all of them (removes-all; value false).
     */
    public TokenTrie<Boolean> partyRemovingWords() {
        return partyRemovingWords;
    }

    /** Whether an organization is a body of the party: "Ban Thường vụ Tỉnh ủy Bắc Giang" (transfers.tsv, party-body). */
    public boolean isPartyBody(String organization) {
        String k = " " + TextNormalizer.key(organization) + " ";
        for (String w : partyBodyWords) {
            if (k.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "bầu chức vụ", "bổ nhiệm chức vụ": a verb that gives the posts after it to a person (transfers.tsv, grants). */
    public TokenTrie<Boolean> grantingVerbs() {
        return grantingVerbs;
    }

    /**
     * True for a body whose post an appointment to another body's post does not end: a party committee's organ or
     * a central board of the party, an elected council (transfers.tsv, kept-body: the start of the name).
     */
    public boolean isKeptBody(String organization) {
        String key = TextNormalizer.key(organization);
        for (String k : keptBodies) {
            if (key.equals(k) || key.startsWith(k + " ")) {
                return true;
            }
        }
        return false;
    }

    /** True for a body whose new post leaves the others held (the Front's committee: transfers.tsv, kept-beside). */
    public boolean isKeptBeside(String organization) {
        String key = TextNormalizer.key(organization);
        return keptBesideBodies.stream().anyMatch(key::contains);
    }

    /** The words of a decision that may stand between a transfer verb and the name: the verbs, "chỉ định", "và". */
    public TokenTrie<Boolean> decisionWords() {
        return decisionWords;
    }

    /**
     * "tham gia", "vào": the words that put a person into committees ("tham gia Ban Chấp hành, Ban Thường vụ và
     * giữ chức Bí thư") before the post taken up (transfers.tsv, enters).
     */
    public TokenTrie<Boolean> enterWords() {
        return enterWords;
    }

    /** transfers.tsv's kind proposes: words that make the appointment after them a proposal, no post yet. */
    public TokenTrie<Boolean> proposingWords() {
        return proposingWords;
    }

    /** transfers.tsv's kind tense: a word of tense a link may follow ("đã được ... điều động giữ chức"). */
    public TokenTrie<Boolean> tenseWords() {
        return tenseWords;
    }

    /**
     * "nghỉ hưu", "thôi giữ chức": words after a person's titles that say the person leaves them all ("cho ông A,
     * Giám đốc Sở Y tế, nghỉ hưu theo chế độ"; transfers.tsv, leaves).
     */
    public TokenTrie<Boolean> leavingWords() {
        return leavingWords;
    }

    /** "Báo", "Đài Phát thanh và Truyền hình": words of an outlet named by its province (press-words.tsv). */
    public TokenTrie<Boolean> pressWords() {
        return pressWords;
    }

    /** "Tỉnh ủy viên", "Huyện ủy viên": member titles that name their committee (member-titles.tsv). */
    public TokenTrie<MemberTitle> memberTitles() {
        return memberTitles;
    }

    /** The member title of the Ban Chấp hành whose party committee is {@code committee} ("Huyện ủy"), or null. */
    public MemberTitle memberTitleOfCommittee(String committee) {
        return memberTitlesByCommittee.get(TextNormalizer.newStyleTones(committee).toLowerCase(Locale.ROOT));
    }

    /** Roles a transfer does not end ("Ủy viên" of the Central Committee). */
    public boolean isMembership(String role) {
        return membershipRoles.contains(role);
    }

    /**
     * Whether a body is a department of another (departments.tsv): "Sở Tài chính" of "Ủy ban nhân dân", whose post a
     * department's head appointed to it leaves the department for.
     */
    public boolean isDepartmentOf(String body, String of) {
        String b = TextNormalizer.key(body);
        String o = TextNormalizer.key(of);
        for (Map.Entry<String, String> d : departments.entrySet()) {
            if (d.getValue().equals(o) && (b.equals(d.getKey()) || b.startsWith(d.getKey() + " "))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The party committee of a local unit as the press names it (bodies.tsv, column committee): "Đảng ủy Quân sự" of
     * "Bộ Chỉ huy Quân sự", "Đảng ủy Công an" of "Công an"; null for a body without one listed.
     */
    public String partyCommitteeOfUnit(String body) {
        return unitPartyCommittees.get(TextNormalizer.key(body));
    }

    /** Whether a body is a department of some other body (departments.tsv): "Sở Giao thông vận tải", "Phòng Nội vụ". */
    public boolean isDepartment(String body) {
        String b = TextNormalizer.key(body);
        for (String d : departments.keySet()) {
            if (b.equals(d) || b.startsWith(d + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Bodies a transfer does not take a person off (Bộ Chính trị, Ban Bí thư: transfers.tsv). */
    public boolean isMembershipBody(String organization) {
        return membershipBodies.contains(TextNormalizer.key(organization));
    }

    public TokenTrie<Role> roles() {
        return roles;
    }

    public TokenTrie<Body> bodies() {
        return bodies;
    }

    /** The body of bodies.tsv output under this name ("Tỉnh ủy"), or null. */
    public Body body(String name) {
        return bodyByName.get(name);
    }

    /** The names of the gazetteer's bodies as the output writes them (bodies.tsv canonical, else body). */
    public List<String> bodyNames() {
        return List.copyOf(bodyByName.keySet());
    }

    /** The party committees whose name implies no level of place ("Đảng ủy": level any), sorted. */
    public List<String> placelessCommittees() {
        return bodyByName.values().stream()
                .filter(b -> b.kind() == Body.Kind.COMMITTEE && "any".equals(b.level()))
                .map(Body::name).distinct().sorted().toList();
    }

    /**
     * The bodies whose name starts with {@code firstWord}, keyed by the rest of their name: "Xây dựng" gives
     * Bộ Xây dựng for "Bộ" ("Bộ trưởng Xây dựng"); an empty trie when no body starts so.
     */
    public TokenTrie<Body> bodiesAfter(String firstWord) {
        return bodiesAfterFirstWord.getOrDefault(TextNormalizer.key(firstWord), EMPTY_BODIES);
    }

    /** The role of roles.tsv output as {@code name}, or null. */
    public Role role(String name) {
        return roleByName.get(name);
    }

    /** Level words before a place name: tỉnh, thành phố, TP., huyện, xã ... */
    /**
     * How an organization writes a place in full ("TP.HCM" and "Hồ Chí Minh" give "Thành phố Hồ Chí Minh"), or null
     * when it is written as it is (province-aliases.tsv, column written).
     */
    public String writtenName(String place) {
        return place == null ? null : writtenNames.get(TextNormalizer.key(place));
    }

    /** True for a title that is also the rank of the next title's head ("Bộ trưởng, Chủ nhiệm ..."). */
    public boolean isRank(String role) {
        return rankRoles.contains(role);
    }

    /** True for a rank held by a body's deputy head ("Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc"), not its head. */
    public boolean isDeputyRank(String role) {
        return deputyRankRoles.contains(role);
    }

    public TokenTrie<String> localities() {
        return localities;
    }

    /** The party committee of the units a level word names ("huyện" -> "Huyện ủy"), or null (localities.tsv). */
    public String unitCommittee(String levelWord) {
        return levelWord == null ? null : unitCommittees.get(levelWord.toLowerCase(Locale.ROOT));
    }

    /** The level (province, city, district, commune) of a level word as a title writes it, or null. */
    public String levelOf(String levelWord) {
        if (levelWord == null) {
            return null;
        }
        List<List<String>> words = TokenWords.ofPhrase(levelWord).stream().map(List::of).toList();
        TokenTrie.Match<String> m = localities.longestMatch(words, 0, words.size());
        return m == null || m.end() != words.size() ? null : m.value();
    }

    public TokenTrie<Province> provinces() {
        return provinces;
    }

    /** Places and peoples that read like personal names (Thái Lan, Hàn Quốc, Hà Nhì) but are not provinces. */
    public TokenTrie<String> placeNames() {
        return placeNames;
    }

    /**
     * The common name of the foreign country {@code name} names ("Cộng hòa Dân chủ Nhân dân Lào" -> "Lào"), {@code name}
     * itself when it is the common one or no country (place-names.tsv, column country).
     */
    public String country(String name) {
        return countryByName.getOrDefault(TextNormalizer.key(name), name);
    }

    /** The formal name of the foreign country of common name {@code country}, or that name when none is listed. */
    public String formalName(String country) {
        return formalByCountry.getOrDefault(TextNormalizer.key(country), country);
    }

    /** True for a country other than Việt Nam (place-names.tsv, kind country): "Lào", "Campuchia". */
    public boolean isForeignCountry(String name) {
        return foreignCountries.contains(TextNormalizer.key(name));
    }

    /** True when {@code name} is a part of the world (place-names.tsv, kind continent: "Châu Âu"). */
    public boolean isContinent(String name) {
        return continents.contains(TextNormalizer.key(name));
    }

    /**
     * Words before the name of a street, school, memorial or village ("đường", "Trường THPT", "thôn"), by kind;
     * kind {@code title} ("già làng") and {@code word} ("chăm sóc") end in such a word but name nothing
     * (naming-words.tsv).
     */
    public TokenTrie<String> namingWords() {
        return namingWords;
    }

    /** Abbreviations whose final period never ends a sentence (TP., GS.). */
    public Set<String> nonBreakingPrefixes() {
        return nonBreakingPrefixes;
    }

    /** The province of a name in either tone style, or null. */
    public Province province(String name) {
        return name == null ? null : provinceByKey.get(TextNormalizer.key(name));
    }

    /** All province names, for tests and reports. */
    public Set<String> provinceNames() {
        return provinceByKey.values().stream().map(Province::name).collect(Collectors.toUnmodifiableSet());
    }
}
