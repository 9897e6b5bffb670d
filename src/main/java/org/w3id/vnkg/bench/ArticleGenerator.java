package org.w3id.vnkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * Writes realistic Vietnamese political news articles for speed and scale tests, never for quality scores.
 * <pre>
 *   ArticleGenerator gen = new ArticleGenerator(42);
 *   gen.article(7);    // "Tỉnh ủy Lào Cai tổ chức hội nghị lần thứ 15\n\n08:14, 26/06/2024\n\nNgày 26/6, ông ..."
 *   gen.write(1000, Path.of("target/bench/corpus"));
 * </pre>
 * An article is a headline, a date line, a lead, paragraphs of officials with title chains
 * ("ông Lê Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang"), figures in Vietnamese number
 * formats ("181,9 nghìn tỷ đồng", "1.418.000 lượt người", "14,14%"), filler sentences, a byline and a teaser
 * block ("Có thể bạn quan tâm"), 5-8 KB in all like the samples. Sentences come from
 * {@code bench/templates.tsv}, in the proportions of {@code bench/mix.tsv} (calibrated on real articles); provinces, surnames, meeting kinds, indicators, units, scales, status cues and
 * teaser markers from the project's gazetteers, so the text exercises the same grammar the extractors use.
 * Article {@code i} depends only on the seed and {@code i}: the first 100 articles of a 100k corpus are the
 * 100 of a 100-article corpus.
 * <p>
 * The articles report on one consistent {@link World} of the seed, as a real corpus does: the officials named are
 * the holders, at the article's date, of bundles of posts ({@code bench/posts.tsv}) in its province, so a post has
 * one holder at a time who changes every few years and recurs in many articles, a title chain lists posts its
 * person holds, and a bare {@code {name}} is an official the article has already named. A figure's value and its
 * written form are a function of (province, indicator or sentence, period, slot), so articles that give a
 * province's GRDP growth for 2023 give one number. The world is pure functions of the seed, not state collected
 * while writing: articles stay independent and the output the same on any number of threads.
 */
public final class ArticleGenerator {
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+?)(\\d?)\\}");
    private static final String BASE = "/org/w3id/vnkg/bench/";
    private static final String[] ROMAN = {"XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
    private static final String[] QUARTER = {"I", "II", "III", "IV"};
    /** The slots that are figures: their values come from the world, keyed by what the sentence says they are. */
    private static final Set<String> FIGURE_SLOTS = Set.of("percent", "money", "count", "measure", "rank");

    private final long seed;
    private final Map<String, List<String>> templates;
    /** The era of provinces.tsv of a province abolished long ago (Hà Tây): the generated stories never name one. */
    public static final String FORMER_ERA = "pre2008";
    private final List<String> provinces;
    private final List<String> surnames;
    private final List<String[]> given;
    private final List<String[]> middle;
    private final List<String> meetings;
    private final List<String> indicators;
    private final List<String> statuses;
    private final List<String> countUnits;
    private final List<String> measureUnits;
    private final List<String> scales;
    private final List<String> teaserMarkers;
    private final List<String> sentenceKinds;    // each body-sentence kind repeated by its weight in mix.tsv
    private final World world;
    private final List<World.Bundle> bundleDraw;  // each bundle of posts.tsv repeated by its weight

    public ArticleGenerator(long seed) {
        this.seed = seed;
        Map<String, List<String>> t = new java.util.TreeMap<>();
        for (Map<String, String> row : Tsv.loadResource(BASE + "templates.tsv").rows()) {
            t.computeIfAbsent(row.get("kind"), k -> new ArrayList<>()).add(row.get("template"));
        }
        this.templates = Map.copyOf(t);
        List<String> p = new ArrayList<>(new LinkedHashSet<>(Tsv.load("provinces.tsv").rows().stream()
                .filter(r -> "tỉnh".equals(r.get("unit_type")) && !FORMER_ERA.equals(r.get("era")))
                .map(r -> r.get("name")).toList()));
        this.provinces = List.copyOf(p);
        this.surnames = Tsv.load("surnames.tsv").column("surname");
        List<String[]> g = new ArrayList<>();
        List<String[]> m = new ArrayList<>();
        for (Map<String, String> row : Tsv.loadResource(BASE + "names.tsv").rows()) {
            String[] entry = {row.get("value"), row.get("gender")};
            ("given".equals(row.get("part")) ? g : m).add(entry);
        }
        this.given = List.copyOf(g);
        this.middle = List.copyOf(m);
        this.meetings = Tsv.load("meeting-kinds.tsv").column("surface");
        this.indicators = Tsv.load("indicators.tsv").column("cue").stream()
                .filter(c -> c.equals(c.toLowerCase(Locale.ROOT)) && c.indexOf(' ') > 0).toList();
        this.statuses = Tsv.load("status-cues.tsv").rows().stream().filter(r -> !"none".equals(r.get("status")))
                .map(r -> r.get("cue")).toList();
        List<String> counts = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        for (Map<String, String> row : Tsv.load("units.tsv").rows()) {
            if ("count".equals(row.get("kind"))) {
                counts.add(row.get("surface"));
            } else if ("measure".equals(row.get("kind"))) {
                measures.add(row.get("surface"));
            }
        }
        this.countUnits = List.copyOf(counts);
        this.measureUnits = List.copyOf(measures);
        this.scales = Tsv.load("scales.tsv").rows().stream()
                .filter(r -> Long.parseLong(r.get("factor")) <= 1_000_000_000_000L).map(r -> r.get("word")).toList();
        this.teaserMarkers = Tsv.load("boilerplate.tsv").rows().stream()
                .filter(r -> "teaser".equals(r.get("kind"))).map(r -> r.get("marker")).toList();
        List<String> kinds = new ArrayList<>();
        for (Map<String, String> row : Tsv.loadResource(BASE + "mix.tsv").rows()) {
            kinds.addAll(java.util.Collections.nCopies(Integer.parseInt(row.get("weight")), row.get("kind")));
        }
        this.sentenceKinds = List.copyOf(kinds);
        this.world = new World(seed, provinces, surnames, middle, given);
        List<World.Bundle> draw = new ArrayList<>();
        for (World.Bundle b : world.bundles()) {
            draw.addAll(java.util.Collections.nCopies(b.weight(), b));
        }
        this.bundleDraw = List.copyOf(draw);
        for (String kind : List.of("headline", "dateline", "lead", "official", "figure", "filler", "byline", "caption")) {
            if (!templates.containsKey(kind)) {
                throw new IllegalArgumentException("bench/templates.tsv: no template of kind " + kind);
            }
        }
    }

    /** The file name of article {@code index}: its number and a hash, like the corpus files. */
    public String fileName(int index) {
        return String.format(Locale.ROOT, "%06d_%016x.txt", index, new Random(mix(index)).nextLong());
    }

    /** The text of article {@code index}. */
    public String article(int index) {
        return new Writer(new Random(mix(index) ^ 0x5DEECE66DL)).article();
    }

    /** Writes articles {@code 0 .. count-1} into a folder, on all cores; returns the bytes written. */
    public long write(int count, Path dir) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("article count must be >= 0: " + count);
        }
        Files.createDirectories(dir);
        return IntStream.range(0, count).parallel().mapToLong(i -> {
            byte[] bytes = article(i).getBytes(StandardCharsets.UTF_8);
            try {
                Files.write(dir.resolve(fileName(i)), bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return bytes.length;
        }).sum();
    }

    /**
     * Writes articles {@code 0 .. count-1} as one JSON-lines file, {@code {"file": ..., "text": ...}} per line in
     * index order (the input the Spark job wants for large corpora); returns the bytes of article text.
     */
    public long writeJsonLines(int count, Path file) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("article count must be >= 0: " + count);
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        com.google.gson.Gson gson = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();
        long[] bytes = {0};
        try (java.io.Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            IntStream.range(0, count).parallel().mapToObj(i -> {
                String text = article(i);
                com.google.gson.JsonObject o = new com.google.gson.JsonObject();
                o.addProperty("file", fileName(i));
                o.addProperty("text", text);
                return new String[] {gson.toJson(o), text};
            }).forEachOrdered(line -> {
                try {
                    w.write(line[0]);
                    w.write('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                bytes[0] += line[1].getBytes(StandardCharsets.UTF_8).length;
            });
        }
        return bytes[0];
    }

    private long mix(int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Writes one article; holds its state (province, date, officials already named). */
    private final class Writer {
        private final Random rnd;
        private final String province;
        private final int year;
        private final int month;
        private final int day;
        private final LocalDate date;
        private final List<World.Official> named = new ArrayList<>();
        /** The official a following {title} describes: the last one named by {nameN}. */
        private World.Official current;
        /** Officials named in the sentence being written, so a sentence does not name one person twice. */
        private final List<World.Official> inSentence = new ArrayList<>();

        Writer(Random rnd) {
            this.rnd = rnd;
            this.province = pick(provinces);
            this.year = 2019 + rnd.nextInt(7);
            this.month = 1 + rnd.nextInt(12);
            this.day = 1 + rnd.nextInt(28);
            this.date = LocalDate.of(year, month, day);
        }

        String article() {
            int target = 4600 + rnd.nextInt(2600);
            StringBuilder out = new StringBuilder(9000);
            out.append(fill(pick(templates.get("headline")))).append("\n\n");
            out.append(fill(pick(templates.get("dateline")))).append("\n\n");
            out.append(fill(pick(templates.get("lead")))).append("\n\n");
            while (out.length() * 1.2 < target) {
                if (rnd.nextInt(5) == 0) {
                    out.append(fill(pick(templates.get("caption")))).append("\n\n");
                }
                int sentences = 2 + rnd.nextInt(3);
                for (int i = 0; i < sentences; i++) {
                    String kind = pick(sentenceKinds);
                    out.append(i == 0 ? "" : " ").append(fill(pick(templates.get(kind))));
                }
                out.append("\n\n");
            }
            out.append(fill(pick(templates.get("byline")))).append("\n\n");
            String marker = pick(teaserMarkers);
            out.append(Character.toUpperCase(marker.charAt(0))).append(marker.substring(1)).append("\n\n");
            int teasers = 3 + rnd.nextInt(3);
            for (int i = 0; i < teasers; i++) {
                out.append(fill(pick(templates.get("headline")).replace("{province}", "{province2}"))).append("\n\n");
            }
            return out.toString();
        }

        /**
         * Fills a template in two passes: first every slot but the figures, noting the province and the words
         * that say which figure it is (indicator, period, date); then the figures, each drawn from the world by
         * (province, indicator or template, period, slot), so every article gives a figure the same value.
         */
        private String fill(String template) {
            inSentence.clear();
            Matcher m = SLOT.matcher(template);
            StringBuilder first = new StringBuilder(template.length() * 2);
            String area = null;
            String indicator = null;
            StringBuilder period = new StringBuilder();
            boolean figures = false;
            while (m.find()) {
                String slot = lower(m.group(1));
                if (FIGURE_SLOTS.contains(slot)) {
                    figures = true;
                    m.appendReplacement(first, Matcher.quoteReplacement(m.group()));
                    continue;
                }
                String v = value(slot, m.group(2));
                switch (slot) {
                    case "province" -> area = area == null ? v : area;
                    case "indicator" -> indicator = v;
                    case "period", "dm", "date" -> period.append(v).append('|');
                    default -> { }
                }
                m.appendReplacement(first, Matcher.quoteReplacement(capitalised(m.group(1), v)));
            }
            m.appendTail(first);
            if (!figures) {
                return first.toString();
            }
            // No period written: the figure is the article year's ("Ngành du lịch đón 1.418.000 lượt khách").
            String key = (indicator != null ? indicator : template) + "|" + (period.isEmpty() ? year : period);
            String where = area != null ? area : province;
            Matcher f = SLOT.matcher(first);
            StringBuilder out = new StringBuilder(first.length() + 32);
            while (f.find()) {
                Random r = world.figure(where, key + "|" + lower(f.group(1)) + f.group(2));
                f.appendReplacement(out, Matcher.quoteReplacement(capitalised(f.group(1), figure(lower(f.group(1)), r))));
            }
            f.appendTail(out);
            return out.toString();
        }

        private String value(String slot, String suffix) {
            return switch (slot) {
                case "official" -> official();
                case "name" -> suffix.isEmpty() && !named.isEmpty() ? pick(named).name() : introduceOfficial().name();
                case "title" -> titleChain(current != null ? current : introduceOfficial());
                case "province" -> suffix.isEmpty() ? province : pick(provinces);
                case "dm" -> day + "/" + month;
                case "date" -> day + "/" + month + "/" + year;
                case "dd" -> String.format(Locale.ROOT, "%02d", day);
                case "mo" -> String.format(Locale.ROOT, "%02d", month);
                case "hh" -> String.format(Locale.ROOT, "%02d", 6 + rnd.nextInt(16));
                case "mm" -> String.format(Locale.ROOT, "%02d", rnd.nextInt(60));
                case "year" -> Integer.toString(suffix.isEmpty() ? year : year + 1);
                case "meeting" -> pick(meetings);
                case "indicator" -> pick(indicators);
                case "status" -> pick(statuses);
                case "period" -> period();
                case "term" -> "khóa " + ROMAN[rnd.nextInt(ROMAN.length)];
                case "n" -> Integer.toString(1 + rnd.nextInt(30));
                case "given" -> pick(given)[0];
                case "surname" -> pick(surnames);
                default -> throw new IllegalArgumentException("bench/templates.tsv: unknown placeholder {" + slot + "}");
            };
        }

        /** A figure slot's value, drawn from the figure's own random source: its value and its form. */
        private String figure(String slot, Random r) {
            return switch (slot) {
                case "percent" -> percent(r);
                case "money" -> money(r);
                case "count" -> integer(100 + r.nextInt(2_000_000)) + " " + countUnits.get(r.nextInt(countUnits.size()));
                case "measure" -> decimal(10 + r.nextInt(200_000), r.nextInt(3)) + " "
                        + measureUnits.get(r.nextInt(measureUnits.size()));
                case "rank" -> Integer.toString(1 + r.nextInt(30));
                default -> throw new IllegalStateException(slot);
            };
        }

        /** An official with honorific and title chain: "ông Lê Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X". */
        private String official() {
            World.Official o = introduceOfficial();
            String honorific = rnd.nextInt(5) == 0 ? "đồng chí" : o.female() ? "bà" : "ông";
            return honorific + " " + o.name() + ", " + titleChain(o);
        }

        /**
         * A holder of a bundle drawn by weight, at the article's date, in its province; not one already named in
         * this sentence ("Dự hội nghị có ông A, ...; ông B, ..."), as far as a few draws find one. It becomes the
         * one a following {title} describes ("Các đồng chí: {name1} - {title}; ...").
         */
        private World.Official introduceOfficial() {
            World.Official o = null;
            for (int attempt = 0; attempt < 8 && (o == null || inSentence.contains(o)); attempt++) {
                o = world.holder(pick(bundleDraw), province, date);
            }
            inSentence.add(o);
            if (!named.contains(o)) {
                named.add(o);
            }
            current = o;
            return o;
        }

        /**
         * One to three posts the official holds (as many as the bundle has at most), in the bundle's order or,
         * one time in three, another; each post in one of its wordings.
         */
        private String titleChain(World.Official o) {
            List<World.Post> posts = new ArrayList<>(o.bundle().posts());
            int n = 1 + rnd.nextInt(Math.min(3, posts.size()));
            while (posts.size() > n) {
                posts.remove(rnd.nextInt(posts.size()));
            }
            if (posts.size() > 1 && rnd.nextInt(3) == 0) {
                java.util.Collections.shuffle(posts, rnd);
            }
            List<String> titles = new ArrayList<>(posts.size());
            for (World.Post p : posts) {
                titles.add(pick(p.titles()).replace("{province}", province));
            }
            return String.join(", ", titles);
        }

        private String period() {
            return switch (rnd.nextInt(6)) {
                case 0 -> "6 tháng đầu năm " + year;
                case 1 -> "quý " + QUARTER[rnd.nextInt(4)] + "/" + year;
                case 2 -> "9 tháng năm " + year;
                case 3 -> "giai đoạn 2021-2025";
                case 4 -> "tháng " + month + "/" + year;
                default -> "năm " + year;
            };
        }

        private <T> T pick(List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }
    }

    private static String lower(String slot) {
        return Character.toLowerCase(slot.charAt(0)) + slot.substring(1);
    }

    /** The value as the slot is written: "{Official}" starts the sentence, so its value starts upper case. */
    private static String capitalised(String slot, String v) {
        return Character.isUpperCase(slot.charAt(0)) && !v.isEmpty() ? Character.toUpperCase(v.charAt(0)) + v.substring(1) : v;
    }

    /** Growth rates and shares: mostly under 30%, sometimes up to 100%. */
    private static String percent(Random r) {
        return decimal(r.nextInt(r.nextInt(4) == 0 ? 10_000 : 3_000), r.nextInt(3)) + "%";
    }

    private String money(Random r) {
        String currency = r.nextInt(4) == 0 ? "USD" : "đồng";
        String scale = r.nextInt(3) == 0 ? "tỷ" : scales.get(r.nextInt(scales.size()));
        return decimal(1 + r.nextInt(200_000), r.nextInt(3)) + " " + scale + " " + currency;
    }

    /**
     * A number in Vietnamese format: '.' between thousands, ',' before decimals ("1.418.000", "181,9").
     * {@code hundredths} of the value are shown with {@code decimals} digits (0-2).
     */
    static String decimal(long hundredths, int decimals) {
        long whole = hundredths / 100;
        long frac = hundredths % 100;
        String w = integer(whole);
        return switch (decimals) {
            case 0 -> w;
            case 1 -> w + "," + frac / 10;
            default -> w + "," + String.format(Locale.ROOT, "%02d", frac);
        };
    }

    /** An integer with '.' between thousands: 1418000 gives "1.418.000". */
    static String integer(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
