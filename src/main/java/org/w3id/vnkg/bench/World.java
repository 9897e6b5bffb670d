package org.w3id.vnkg.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * The world the generated articles report on: who holds which posts at a date, and the value of a province's
 * figure for a period. Everything is a pure function of the seed and the question (no state that grows with the
 * number of articles), so articles stay independent, can be written in any order on any number of threads, and
 * still agree with each other, as the articles of a real corpus do: a post has one holder at a time, who changes
 * every few years; the same officials recur in thousands of articles with the same set of posts; a province's
 * GRDP growth for 2023 is one number.
 * <pre>
 *   World w = new World(42, provinces);
 *   w.holder(w.bundles().get(1), "Lào Cai", LocalDate.of(2023, 5, 2));  // Official[name=Lê Văn Hùng, ...]
 * </pre>
 * Posts come in bundles ({@code bench/posts.tsv}): the posts one person holds together in a term. A bundle of
 * province scope has one holder per province, one of country scope one for the whole country. Each bundle's
 * holder changes after terms of 900-1800 days (2.5-5 years) whose boundaries fall on dates of their own, so
 * 2019-2025 sees two to four holders of a post. A holder's name is a bijection of (area, bundle, term): two
 * people of the world never share a name, so a name in the store is one person.
 */
final class World {
    /** The first and last dates articles are written on. */
    static final LocalDate START = LocalDate.of(2019, 1, 1);
    static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final int MIN_TERM_DAYS = 900;
    private static final int MAX_TERM_DAYS = 1800;
    /** Terms a bundle can have in START..END with terms of at least MIN_TERM_DAYS (see term()). */
    static final int TERMS = (int) (ChronoUnit.DAYS.between(START, END) / MIN_TERM_DAYS) + 2;

    /** A post and the wordings it is written with (a wording may hold {province}). */
    record Post(String name, List<String> titles) {
        Post {
            Objects.requireNonNull(name, "name");
            titles = List.copyOf(titles);
        }
    }

    /** The posts one person holds together in a term, in the order a title chain usually lists them. */
    record Bundle(int index, String name, boolean national, int weight, List<Post> posts) {
        Bundle {
            Objects.requireNonNull(name, "name");
            posts = List.copyOf(posts);
        }
    }

    /**
     * A person of the world holding a bundle in an area (a province; "" for the country) during one term.
     * Two officials are the same person exactly when their names are equal.
     */
    record Official(String name, boolean female, Bundle bundle, String area, int term) {
    }

    private final long seed;
    private final List<String> provinces;
    private final List<Bundle> bundles;
    private final List<String> surnames;
    /** Middle and given name pairs that fit one gender, with that gender (true: female). */
    private final List<String[]> forenames;
    private final long multiplier;
    private final long offset;

    /**
     * @param provinces the provinces articles are about, in a fixed order
     * @param surnames  surnames, in a fixed order
     * @param middle    middle names as {value, gender} with gender m, f or x (either)
     * @param given     given names as {value, gender}
     */
    World(long seed, List<String> provinces, List<String> surnames, List<String[]> middle, List<String[]> given) {
        this.seed = seed;
        this.provinces = List.copyOf(provinces);
        this.bundles = loadBundles("/org/w3id/vnkg/bench/posts.tsv");
        this.surnames = List.copyOf(surnames);
        List<String[]> pairs = new ArrayList<>();
        for (String[] m : middle) {
            for (String[] g : given) {
                boolean clash = !"x".equals(m[1]) && !"x".equals(g[1]) && !m[1].equals(g[1]);
                if (!clash) {
                    boolean female = "f".equals(m[1]) || "f".equals(g[1]);
                    pairs.add(new String[] {m[0] + " " + g[0], female ? "f" : "m"});
                }
            }
        }
        this.forenames = List.copyOf(pairs);
        long space = (long) surnames.size() * forenames.size();
        long people = (long) (provinces.size() + 1) * bundles.size() * TERMS;
        if (people > space) {
            throw new IllegalStateException("bench/names.tsv and surnames.tsv give " + space
                    + " names, fewer than the " + people + " people of the generated world");
        }
        // An affine map a*id+b mod space with a prime to space is a bijection: every person a distinct name,
        // scattered over the surnames and forenames by the seed.
        long a = Math.floorMod(hash(seed, "names", 0, 0), space);
        while (gcd(a, space) != 1) {
            a = (a + 1) % space;
        }
        this.multiplier = a;
        this.offset = Math.floorMod(hash(seed, "names", 1, 0), space);
    }

    List<Bundle> bundles() {
        return bundles;
    }

    /** The bundle a post belongs to, or null if the post is not in the world. */
    Bundle bundleOf(String post) {
        for (Bundle b : bundles) {
            for (Post p : b.posts()) {
                if (p.name().equals(post)) {
                    return b;
                }
            }
        }
        return null;
    }

    /** Who holds {@code bundle} in {@code province} (ignored for a country bundle) on {@code date}. */
    Official holder(Bundle bundle, String province, LocalDate date) {
        String area = bundle.national() ? "" : province;
        int areaIndex = bundle.national() ? provinces.size() : provinces.indexOf(province);
        if (areaIndex < 0) {
            throw new IllegalArgumentException("not a province of the generated world: " + province);
        }
        int term = term(areaIndex, bundle.index(), date);
        long id = ((long) areaIndex * bundles.size() + bundle.index()) * TERMS + term;
        long n = Math.floorMod(multiplier * id + offset, surnames.size() * (long) forenames.size());  // no overflow: both < space
        String[] forename = forenames.get((int) (n % forenames.size()));
        String name = surnames.get((int) (n / forenames.size())) + " " + forename[0];
        return new Official(name, "f".equals(forename[1]), bundle, area, term);
    }

    /**
     * The term of a bundle in an area at a date: terms of a length of their own (900-1800 days) shifted by an
     * offset of their own, counted from START; dates outside START..END take the nearest one's term.
     */
    int term(int areaIndex, int bundleIndex, LocalDate date) {
        long h = hash(seed, "term", areaIndex, bundleIndex);
        int length = MIN_TERM_DAYS + (int) Math.floorMod(h, (long) (MAX_TERM_DAYS - MIN_TERM_DAYS));
        int shift = (int) Math.floorMod(h >>> 24, (long) length);
        LocalDate d = date.isBefore(START) ? START : date.isAfter(END) ? END : date;
        return (int) ((ChronoUnit.DAYS.between(START, d) + shift) / length);
    }

    /**
     * The random source a figure is drawn from: the same for the same area and key (the indicator, period and
     * slot the figure fills), so every article that gives a province's figure gives the same value in the same
     * form.
     */
    Random figure(String area, String key) {
        return new Random(hash(seed, area + "\u0000" + key, 0, 0));
    }

    /** A 64-bit hash of the seed and a question (SplitMix64 finaliser over the string's and numbers' bits). */
    static long hash(long seed, String what, long a, long b) {
        long z = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < what.length(); i++) {
            z = mix(z + what.charAt(i));
        }
        z = mix(z + a);
        return mix(z ^ (b * 0xC2B2AE3D27D4EB4FL));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static List<Bundle> loadBundles(String path) {
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (Map<String, String> row : Tsv.loadResource(path).rows()) {
            rows.computeIfAbsent(row.get("bundle"), k -> new ArrayList<>()).add(row);
        }
        List<Bundle> out = new ArrayList<>();
        Map<String, String> postBundle = new LinkedHashMap<>();
        for (Map.Entry<String, List<Map<String, String>>> e : rows.entrySet()) {
            Map<String, String> first = e.getValue().get(0);
            Map<String, List<String>> posts = new LinkedHashMap<>();
            for (Map<String, String> row : e.getValue()) {
                if (!row.get("scope").equals(first.get("scope")) || !row.get("weight").equals(first.get("weight"))) {
                    throw new IllegalArgumentException(path + ": bundle " + e.getKey() + " has rows of different scope or weight");
                }
                String other = postBundle.putIfAbsent(row.get("post"), e.getKey());
                if (other != null && !other.equals(e.getKey())) {
                    throw new IllegalArgumentException(path + ": post " + row.get("post") + " is in bundles " + other
                            + " and " + e.getKey() + "; a post belongs to one bundle, so it has one holder at a time");
                }
                posts.computeIfAbsent(row.get("post"), k -> new ArrayList<>()).add(row.get("title"));
            }
            String scope = first.get("scope");
            if (!"province".equals(scope) && !"country".equals(scope)) {
                throw new IllegalArgumentException(path + ": bundle " + e.getKey() + ": unknown scope " + scope);
            }
            out.add(new Bundle(out.size(), e.getKey(), "country".equals(scope), Integer.parseInt(first.get("weight")),
                    posts.entrySet().stream().map(p -> new Post(p.getKey(), p.getValue())).toList()));
        }
        return List.copyOf(out);
    }
}
