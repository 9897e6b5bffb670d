package org.w3id.vnkg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.Abbreviations;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The link set shipped with the project ({@code org/w3id/vnkg/linkdata/}, copied from the compiled
 * sources listed in its {@code SOURCES.md}): provinces of both eras, national bodies, dated tenures of
 * officials and provincial Party secretaries, plus the name variants of {@code lexicon/link-variants.tsv}.
 * <pre>
 *   LinkData data = LinkData.standard();
 *   data.province("pre2025", "24")            // Tỉnh Bắc Giang
 *   data.provinceByName("Bắc Giang", day)     // the unit of that name in force on that day
 * </pre>
 * Loaded once; a malformed file fails with its name.
 */
public final class LinkData {
    public static final String PROVINCES = "provinces.csv";
    public static final String BODIES = "bodies.csv";
    public static final String OFFICIALS = "officials.csv";
    public static final String SECRETARIES = "provincial_party_secretaries.csv";

    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");

    private static final class Holder {
        static final LinkData STANDARD = new LinkData();
    }

    /** A national body or class of bodies of {@code bodies.csv}. */
    public record Body(String key, String nameVi, String nameEn, String kind, String qid, String source) {
    }

    private final Map<String, ProvinceUnit> provinces = new LinkedHashMap<>();
    private final Map<String, List<ProvinceUnit>> provincesByNameKey = new HashMap<>();
    private final Map<String, ProvinceUnit> provinceByQidPre = new HashMap<>();
    private final Map<String, ProvinceUnit> provinceByQidPost = new HashMap<>();
    private final List<Body> bodies = new ArrayList<>();
    private final Map<String, Body> bodyByNameKey = new HashMap<>();
    private final List<LinkedTenure> tenures = new ArrayList<>();
    /** The tenures by the name key of their person, in file order: the linking asks once per name of the corpus. */
    private final Map<String, List<LinkedTenure>> tenuresByNameKey = new HashMap<>();
    private final List<String> roles;

    private LinkData() {
        List<String> r = new ArrayList<>(Tsv.load("roles.tsv").column("role"));
        r.sort(Comparator.comparingInt(String::length).reversed());
        this.roles = List.copyOf(r);
        loadProvinces();
        loadBodies();
        loadVariants();
        loadSecretaries();
        loadOfficials();
        for (LinkedTenure t : tenures) {
            tenuresByNameKey.computeIfAbsent(TextNormalizer.key(t.person()), k -> new ArrayList<>()).add(t);
        }
        tenuresByNameKey.replaceAll((k, v) -> List.copyOf(v));
    }

    public static LinkData standard() {
        return Holder.STANDARD;
    }

    public List<ProvinceUnit> provinces() {
        return List.copyOf(provinces.values());
    }

    public ProvinceUnit province(String era, String code) {
        return provinces.get(era + ":" + code);
    }

    /** The post-2025 unit a pre-2025 unit became (part of): joined on era plus code. */
    public Optional<ProvinceUnit> successor(ProvinceUnit pre) {
        return Optional.ofNullable(pre.successorCode()).map(c -> province(ProvinceUnit.POST, c));
    }

    /** Every unit (of either era) a name or variant names: "Bắc Ninh" gives the pre- and the post-2025 unit. */
    public List<ProvinceUnit> provincesNamed(String name) {
        return provincesByNameKey.getOrDefault(nameKey(name), List.of());
    }

    /** The unit a name means on a day: the one of that name in force then, if any. */
    public Optional<ProvinceUnit> provinceByName(String name, LocalDate day) {
        return provincesNamed(name).stream().filter(p -> p.inForceOn(day)).findFirst();
    }

    /** All name keys (names and variants) of a unit, for the reference graph's labels. */
    public List<String> namesOf(ProvinceUnit unit) {
        List<String> out = new ArrayList<>();
        provincesByNameKey.forEach((k, units) -> {
            if (units.contains(unit)) {
                out.add(k);
            }
        });
        out.sort(null);
        return out;
    }

    public List<Body> bodies() {
        return List.copyOf(bodies);
    }

    /** The national body a name or variant names ("Ban Bí thư" gives the Secretariat), if any. */
    public Optional<Body> bodyNamed(String name) {
        return Optional.ofNullable(bodyByNameKey.get(TextNormalizer.key(name)));
    }

    /** The name keys of a body, its own name first. */
    public List<String> namesOf(Body body) {
        List<String> out = new ArrayList<>();
        bodyByNameKey.forEach((k, b) -> {
            if (b.equals(body)) {
                out.add(k);
            }
        });
        out.sort(null);
        return out;
    }

    public List<LinkedTenure> tenures() {
        return List.copyOf(tenures);
    }

    /** The link-data tenures of a person, by name key. */
    public List<LinkedTenure> tenuresOf(String person) {
        return tenuresByNameKey.getOrDefault(TextNormalizer.key(person), List.of());
    }

    /** The name key used for provinces: key, with "tỉnh", "thành phố", "tp." dropped in front. */
    static String nameKey(String name) {
        String k = TextNormalizer.key(Abbreviations.standard().expand(name)).replace('–', '-');
        k = k.replaceFirst("^(tỉnh|thành phố|tp\\.?)\\s+", "");
        return k.replaceAll("\\s*-\\s*", " - ");
    }

    private void loadProvinces() {
        for (Map<String, String> r : Csv.load(PROVINCES)) {
            ProvinceUnit u = new ProvinceUnit(r.get("era"), r.get("gso_code"), r.get("official_name_vi"),
                    r.get("short_name_vi"), r.get("unit_type_vi").startsWith("thành phố"), day(r.get("valid_from")),
                    day(r.get("valid_until")), blank(r.get("wikidata_qid")), blank(r.get("post2025_gso_code")),
                    r.get("formed_from_pre2025_gso_codes").isEmpty() ? List.of()
                            : Arrays.asList(r.get("formed_from_pre2025_gso_codes").split(";")),
                    r.get("merge_role"), r.get("qid_sources"));
            if (provinces.put(u.era() + ":" + u.gsoCode(), u) != null) {
                throw new IllegalArgumentException(PROVINCES + ": two rows for " + u.era() + " " + u.gsoCode());
            }
            addProvinceName(u.shortName(), u);
            addProvinceName(u.officialName(), u);
            if (u.qid() != null) {
                (u.era().equals(ProvinceUnit.PRE) ? provinceByQidPre : provinceByQidPost).put(u.qid(), u);
            }
        }
    }

    private void addProvinceName(String name, ProvinceUnit u) {
        List<ProvinceUnit> list = provincesByNameKey.computeIfAbsent(nameKey(name), k -> new ArrayList<>());
        if (!list.contains(u)) {
            list.add(u);
        }
    }

    private void loadBodies() {
        for (Map<String, String> r : Csv.load(BODIES)) {
            Body b = new Body(r.get("key"), r.get("name_vi"), r.get("name_en"), r.get("kind"),
                    blank(r.get("wikidata_qid")), r.get("qid_source"));
            bodies.add(b);
            bodyByNameKey.putIfAbsent(TextNormalizer.key(b.nameVi()), b);
        }
    }

    private void loadVariants() {
        Tsv variants = Tsv.load("link-variants.tsv");
        for (Map<String, String> r : variants.rows()) {
            String target = r.get("target");
            switch (r.get("kind")) {
                case "province" -> {
                    String[] eraCode = target.split(":");
                    ProvinceUnit u = eraCode.length == 2 ? province(eraCode[0], eraCode[1]) : null;
                    if (u == null) {
                        throw new IllegalArgumentException("link-variants.tsv: no province " + target);
                    }
                    addProvinceName(r.get("variant"), u);
                }
                case "body" -> {
                    Body b = bodies.stream().filter(x -> x.key().equals(target)).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("link-variants.tsv: no body " + target));
                    bodyByNameKey.put(TextNormalizer.key(r.get("variant")), b);
                }
                default -> throw new IllegalArgumentException("link-variants.tsv: unknown kind " + r.get("kind"));
            }
        }
    }

    private void loadSecretaries() {
        int row = 1;
        for (Map<String, String> r : Csv.load(SECRETARIES)) {
            row++;
            ProvinceUnit u = province(r.get("province_era"), r.get("province_gso_code"));
            if (u == null) {
                throw new IllegalArgumentException(SECRETARIES + ": record " + row + ": no province "
                        + r.get("province_era") + " " + r.get("province_gso_code"));
            }
            String post = PARENTHESES.matcher(r.get("post")).replaceAll("");
            String role = post.startsWith("Quyền ") ? "Quyền Bí thư" : "Bí thư";
            String asOf = r.get("as_of").replaceAll("\\s*\\(.*$", "");
            tenures.add(new LinkedTenure(r.get("secretary_name"), qidIfResolved(r.get("secretary_qid")),
                    r.get("qid_confidence"), role, u.city() ? "Thành ủy" : "Tỉnh ủy", u, partial(r.get("start")),
                    partial(r.get("end")), partial(asOf), SECRETARIES, row, r.get("source")));
        }
    }

    private void loadOfficials() {
        int row = 1;
        for (Map<String, String> r : Csv.load(OFFICIALS)) {
            row++;
            PartialDate start = partial(r.get("start"));
            PartialDate end = partial(r.get("end"));
            ProvinceUnit province = provinceOfQid(r.get("jurisdiction_qid"), start != null ? start : end);
            String post = PARENTHESES.matcher(r.get("post")).replaceAll("");
            for (String title : post.split("\\s*[,;]\\s*")) {
                String t = Abbreviations.standard().expand(title.strip());
                String role = roles.stream().filter(x -> t.startsWith(x + " ")).findFirst().orElse(null);
                if (role == null) {
                    continue;
                }
                String body = t.substring(role.length()).strip();
                if (province != null) {
                    body = withoutProvince(body, province);
                }
                tenures.add(new LinkedTenure(r.get("name"), blank(r.get("qid")), r.get("qid_confidence"), role,
                        body, province, start, end, null, OFFICIALS, row, r.get("source")));
            }
        }
    }

    private ProvinceUnit provinceOfQid(String qid, PartialDate when) {
        if (qid == null || qid.isEmpty()) {
            return null;
        }
        boolean post = when != null && !LinkedTenure.earliest(when).isBefore(ProvinceUnit.MERGER);
        ProvinceUnit u = (post ? provinceByQidPost : provinceByQidPre).get(qid);
        return u; // national jurisdictions (Q881) are not provinces
    }

    /** "Ủy ban nhân dân tỉnh Bắc Kạn" without its province: "Ủy ban nhân dân tỉnh". */
    static String withoutProvince(String body, ProvinceUnit province) {
        String b = TextNormalizer.newStyleTones(body);
        for (String name : List.of(province.shortName(), TextNormalizer.newStyleTones(province.shortName()))) {
            if (b.endsWith(" " + name)) {
                return b.substring(0, b.length() - name.length()).strip();
            }
        }
        return b;
    }

    private static String qidIfResolved(String qid) {
        return blank(qid);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate day(String s) {
        return blank(s) == null ? null : LocalDate.parse(s.strip());
    }

    private static PartialDate partial(String s) {
        String v = blank(s);
        if (v == null || !v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return null;
        }
        return PartialDate.parse(v);
    }
}
