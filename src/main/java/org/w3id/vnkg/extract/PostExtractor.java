package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.Abbreviations;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * Finds who holds which post: a name followed by a comma and a chain of titles.
 * <pre>
 *   "bà Lê Thị Thu Hồng, Phó Bí thư Thường trực Tỉnh ủy Bắc Giang đã báo cáo ..."
 *   -> Post[Lê Thị Thu Hồng, FEMALE, Phó Bí thư Thường trực, Tỉnh ủy Bắc Giang]
 * </pre>
 */
public final class PostExtractor {
    private final Pattern nameThenTitles;
    private final List<String> roles;
    private final ProvinceFinder provinces = new ProvinceFinder();

    public PostExtractor() {
        List<String> surnames = Tsv.load("surnames.tsv").column("surname");
        StringBuilder alt = new StringBuilder();
        for (String s : surnames) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(s));
        }
        String name = "(?:" + alt + ")(?:\\s+\\p{Lu}\\p{Ll}*){1,3}";
        this.nameThenTitles = Pattern.compile("(?:\\b(ông|bà|Ông|Bà|đồng chí|Đồng chí)\\s+)?(" + name + ")\\s*[,–-]\\s+"
                + "([^.;:]+)");
        List<String> r = new ArrayList<>(Tsv.load("roles.tsv").column("role"));
        r.sort(Comparator.comparingInt(String::length).reversed());
        this.roles = List.copyOf(r);
    }

    public List<Post> extract(ArticleContext ctx) {
        Map<String, Post> out = new LinkedHashMap<>();
        for (Sentence s : ctx.sentences()) {
            Matcher m = nameThenTitles.matcher(s.text());
            while (m.find()) {
                Gender gender = genderOf(m.group(1));
                String person = m.group(2);
                for (String title : m.group(3).split("\\s*,\\s*")) {
                    Post p = post(ctx, s, person, gender, title);
                    if (p == null) {
                        break;
                    }
                    out.putIfAbsent(TextNormalizer.key(p.person() + "|" + p.role() + "|" + p.organization()), p);
                }
            }
        }
        return List.copyOf(out.values());
    }

    private Post post(ArticleContext ctx, Sentence s, String person, Gender gender, String title) {
        String t = title.strip();
        for (String role : roles) {
            if (t.startsWith(role + " ")) {
                String org = Abbreviations.standard().expand(t.substring(role.length()).strip());
                org = org.replaceAll("\\s+(phát biểu|báo cáo|cho biết|chủ trì|nhấn mạnh|đã|ghi nhận).*$", "");
                String province = provinces.provinceIn(org);
                if (province == null && ctx.province() != null && org.matches("(?i)(Tỉnh ủy|Tỉnh uỷ|.*tỉnh)")) {
                    province = ctx.province();
                    org = org + (org.endsWith("tỉnh") ? " " : " ") + province;
                }
                return new Post(person, gender, null, role, org, province, Post.Qualifier.NONE, ctx.eventDate(),
                        0.8, ctx.evidence(s));
            }
        }
        return null;
    }

    private static Gender genderOf(String honorific) {
        if (honorific == null) {
            return Gender.UNKNOWN;
        }
        return switch (honorific.toLowerCase()) {
            case "ông" -> Gender.MALE;
            case "bà" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }
}
