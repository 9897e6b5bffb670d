package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.ingest.RawArticle;
import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.ArticleProcessor;
import org.w3id.vnkg.rdf.FactMapper;

class ArticleGeneratorTest {
    /** Articles read back for the world's consistency: enough that dates, posts and periods recur. */
    private static final int WORLD_ARTICLES = 3000;
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)+");
    private static final Pattern MENTION = Pattern.compile("(?:[ôÔ]ng|[bB]à|[đĐ]ồng chí) (" + NAME + "), |(" + NAME + ") - ");
    private static final Pattern DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})$");
    private static ArticleGenerator gen;
    /** Every official written with a title chain in the first WORLD_ARTICLES articles of seed 42. */
    private static List<Mention> mentions;
    /** Each post of bench/posts.tsv: its bundle, and whether it is a post of the whole country. */
    private static Map<String, String> bundleOfPost;
    private static Set<String> countryPosts;

    /** An official as an article writes it: name, the posts of its chain, the article's province and date. */
    record Mention(int article, String name, List<String> posts, String province, String date) {
        String area(String post) {
            return countryPosts.contains(post) ? "" : province;
        }
    }

    @BeforeAll
    static void generator() {
        gen = new ArticleGenerator(42);
        bundleOfPost = new HashMap<>();
        countryPosts = new HashSet<>();
        Map<String, String> postOfTitle = new LinkedHashMap<>();
        for (Map<String, String> row : Tsv.loadResource("/org/w3id/vnkg/bench/posts.tsv").rows()) {
            bundleOfPost.put(row.get("post"), row.get("bundle"));
            postOfTitle.put(row.get("title"), row.get("post"));
            if ("country".equals(row.get("scope"))) {
                countryPosts.add(row.get("post"));
            }
        }
        List<String> provinces = Tsv.load("provinces.tsv").column("name").stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        mentions = new ArrayList<>();
        for (int i = 0; i < WORLD_ARTICLES; i++) {
            mentions.addAll(read(i, gen.article(i), provinces, postOfTitle));
        }
    }

    /** The officials with title chains in an article, the province being the headline's. */
    private static List<Mention> read(int index, String text, List<String> provinces, Map<String, String> postOfTitle) {
        String[] blocks = text.split("\n\n");
        String province = provinces.stream().filter(blocks[0]::contains).findFirst().orElseThrow();
        Matcher d = DATE.matcher(blocks[1]);
        assertThat(d.find()).as(blocks[1]).isTrue();
        String date = d.group(3) + "-" + d.group(2) + "-" + d.group(1);
        List<Map.Entry<String, String>> titles = postOfTitle.entrySet().stream()
                .map(e -> Map.entry(e.getKey().replace("{province}", province), e.getValue()))
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .toList();
        List<Mention> out = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            List<String> posts = new ArrayList<>();
            int at = m.end();
            boolean more = true;
            while (more) {
                more = false;
                for (Map.Entry<String, String> t : titles) {
                    if (text.startsWith(t.getKey(), at)) {
                        posts.add(t.getValue());
                        at += t.getKey().length();
                        more = text.startsWith(", ", at);
                        at += more ? 2 : 0;
                        break;
                    }
                }
            }
            if (!posts.isEmpty()) {
                out.add(new Mention(index, m.group(1) != null ? m.group(1) : m.group(2), posts, province, date));
            }
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        ArticleGenerator again = new ArticleGenerator(42);
        ArticleGenerator other = new ArticleGenerator(7);
        for (int i = 0; i < 20; i++) {
            assertThat(again.article(i)).isEqualTo(gen.article(i));
            assertThat(again.fileName(i)).isEqualTo(gen.fileName(i));
            assertThat(other.article(i)).isNotEqualTo(gen.article(i));
        }
    }

    @Test
    void articlesAreDistinctAndTheSizeOfNewsArticles() {
        List<String> texts = IntStream.range(0, 50).mapToObj(gen::article).toList();
        assertThat(texts).doesNotHaveDuplicates();
        assertThat(texts).allSatisfy(t -> assertThat(t.getBytes(StandardCharsets.UTF_8).length)
                .isBetween(4_000, 9_000));
    }

    @Test
    void containsTheConstructionsOfPoliticalNews() {
        String all = String.join("\n", IntStream.range(0, 30).mapToObj(gen::article).toList());
        assertThat(all)
                .containsPattern("(ông|bà|đồng chí) \\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+)+, [^,.]+, [^,.]+")  // title chain
                .containsPattern("\\d{1,3}(\\.\\d{3})+ (lượt|khách|người|dự án|doanh nghiệp|đảng viên|hộ)")
                .containsPattern("\\d+,\\d+%")                                    // decimal comma
                .containsPattern("\\d+(,\\d+)? (nghìn tỷ|tỷ|triệu) (đồng|USD)")  // money with a scale word
                .containsPattern("(?m)^\\d{2}:\\d{2}, \\d{2}/\\d{2}/\\d{4}$|(?m)^\\d{2}/\\d{2}/\\d{4}$")
                .containsPattern("(hội nghị|buổi làm việc|kỳ họp|phiên họp|đại hội)")
                .containsPattern("(?m)^(Có thể bạn quan tâm|Tin liên quan|Xem thêm|Đọc thêm|Bài liên quan"
                        + "|Tin cùng chuyên mục|Tin mới nhất|Tin nổi bật|Bình luận|Đọc nhiều|Ý kiến bạn đọc"
                        + "|Bài viết liên quan)$");
    }

    @Test
    void vietnameseNumberFormatsUseDotsForThousandsAndCommaForDecimals() {
        assertThat(ArticleGenerator.integer(1_418_000)).isEqualTo("1.418.000");
        assertThat(ArticleGenerator.integer(999)).isEqualTo("999");
        assertThat(ArticleGenerator.decimal(18_190, 1)).isEqualTo("181,9");
        assertThat(ArticleGenerator.decimal(1_414, 2)).isEqualTo("14,14");
        assertThat(ArticleGenerator.decimal(1_304_100, 0)).isEqualTo("13.041");
    }

    @Test
    void generatedArticlesGoThroughTheWholePipelineWithFacts() {
        ArticleProcessor processor = new ArticleProcessor(new ArticlePipeline(), new FactMapper("test"));
        int withPosts = 0;
        for (int i = 0; i < 10; i++) {
            ArticleProcessor.Result r = processor.process(new RawArticle(gen.fileName(i), gen.article(i), "txt"));
            assertThat(r.failure()).as(gen.fileName(i)).isNull();
            DocumentFacts f = r.facts();
            withPosts += f.posts().isEmpty() ? 0 : 1;
            assertThat(r.graph().size()).isPositive();
        }
        assertThat(withPosts).isGreaterThanOrEqualTo(8);
    }

    @Test
    void writesOneFileEachThatTheReaderLists(@TempDir Path dir) throws IOException {
        long bytes = gen.write(12, dir);
        List<Path> files = ArticleReader.listCorpus(dir);
        assertThat(files).hasSize(12);
        assertThat(files.get(3).getFileName().toString()).isEqualTo(gen.fileName(3)).matches("000003_[0-9a-f]{16}\\.txt");
        assertThat(Files.readString(files.get(3))).isEqualTo(gen.article(3));
        assertThat(bytes).isEqualTo(files.stream().mapToLong(p -> p.toFile().length()).sum());
        assertThatThrownBy(() -> gen.write(-1, dir)).isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void writesTheSameArticlesAsJsonLinesInIndexOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.jsonl");
        long bytes = gen.writeJsonLines(12, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(12);
        long total = 0;
        for (int i = 0; i < 12; i++) {
            com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(lines.get(i)).getAsJsonObject();
            assertThat(o.get("file").getAsString()).isEqualTo(gen.fileName(i));
            assertThat(o.get("text").getAsString()).isEqualTo(gen.article(i));
            total += gen.article(i).getBytes(StandardCharsets.UTF_8).length;
        }
        assertThat(bytes).isEqualTo(total);
    }

    @Test
    void aPostHasOneHolderAtADateInEveryArticleThatNamesIt() {
        Map<List<String>, Set<String>> holders = new HashMap<>();
        Map<List<String>, Set<Integer>> articles = new HashMap<>();
        for (Mention m : mentions) {
            for (String post : m.posts()) {
                List<String> key = List.of(m.area(post), post, m.date());
                holders.computeIfAbsent(key, k -> new TreeSet<>()).add(m.name());
                articles.computeIfAbsent(key, k -> new HashSet<>()).add(m.article());
            }
        }
        assertThat(mentions).hasSizeGreaterThan(WORLD_ARTICLES);
        assertThat(holders).allSatisfy((key, names) -> assertThat(names).as(key.toString()).hasSize(1));
        // The check means something: posts at a date are named by several articles.
        assertThat(articles.values().stream().filter(a -> a.size() > 1).count()).isGreaterThan(20);
    }

    @Test
    void aPostHasAFewHoldersOverTheSevenYearsOneTermAfterAnother() {
        Map<List<String>, TreeMap<String, String>> byDate = new HashMap<>();
        for (Mention m : mentions) {
            for (String post : m.posts()) {
                byDate.computeIfAbsent(List.of(m.area(post), post), k -> new TreeMap<>()).put(m.date(), m.name());
            }
        }
        int changed = 0;
        for (Map.Entry<List<String>, TreeMap<String, String>> e : byDate.entrySet()) {
            List<String> terms = new ArrayList<>();      // holders in date order, each once per term
            for (String name : e.getValue().values()) {
                if (terms.isEmpty() || !terms.get(terms.size() - 1).equals(name)) {
                    terms.add(name);
                }
            }
            assertThat(terms).as("holders of %s in date order", e.getKey()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(4);
            changed += terms.size() > 1 ? 1 : 0;
        }
        // Holders do change: most posts named on many dates see a new holder in seven years.
        assertThat(changed).isGreaterThan(byDate.size() / 2);
    }

    @Test
    void aPersonIsWrittenWithPostsOfOneBundleInOneProvince() {
        Map<String, Set<String>> bundles = new HashMap<>();
        Map<String, Set<String>> areas = new HashMap<>();
        Map<String, Set<String>> posts = new HashMap<>();
        for (Mention m : mentions) {
            assertThat(m.posts()).as(m.toString()).doesNotHaveDuplicates();
            for (String post : m.posts()) {
                bundles.computeIfAbsent(m.name(), k -> new TreeSet<>()).add(bundleOfPost.get(post));
                areas.computeIfAbsent(m.name(), k -> new TreeSet<>()).add(m.area(post));
                posts.computeIfAbsent(m.name(), k -> new TreeSet<>()).add(post);
            }
        }
        assertThat(bundles).allSatisfy((name, b) -> assertThat(b).as(name).hasSize(1));
        assertThat(areas).allSatisfy((name, a) -> assertThat(a).as(name).hasSize(1));
        // People recur with concurrent posts: the provincial secretary also heads the National Assembly delegation.
        assertThat(posts.values()).anySatisfy(p -> assertThat(p).contains("Bí thư Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"));
        assertThat(mentions.stream().map(Mention::name).distinct().count()).isLessThan(mentions.size() / 5);
    }

    @Test
    void aProvincesFigureForAPeriodHasOneValueInEveryArticle() {
        List<String> provinces = Tsv.load("provinces.tsv").column("name").stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Pattern grdp = Pattern.compile("(?:^|\\. )([^.,]+), tốc độ tăng trưởng tổng sản phẩm trên địa bàn \\(GRDP\\) của tỉnh"
                + " đạt ([\\d.,]+%), đứng thứ (\\d+)", Pattern.MULTILINE);
        Pattern export = Pattern.compile("Kim ngạch xuất khẩu ([^.,]+?) đạt ([^,]+), tăng ([\\d.,]+%)");
        Map<List<String>, Set<String>> values = new HashMap<>();
        Map<List<String>, Set<Integer>> articles = new HashMap<>();
        for (int i = 0; i < WORLD_ARTICLES; i++) {
            String text = gen.article(i);
            String province = provinces.stream().filter(text.substring(0, text.indexOf('\n'))::contains).findFirst()
                    .orElseThrow();
            for (Pattern p : List.of(grdp, export)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    List<String> key = List.of(province, p.pattern().substring(0, 12), m.group(1).toLowerCase());
                    values.computeIfAbsent(key, k -> new TreeSet<>()).add(m.group(2) + " / " + m.group(3));
                    articles.computeIfAbsent(key, k -> new HashSet<>()).add(i);
                }
            }
        }
        assertThat(values).allSatisfy((key, v) -> assertThat(v).as(key.toString()).hasSize(1));
        assertThat(articles.values().stream().filter(a -> a.size() > 1).count()).isGreaterThan(20);
        // Formats still vary from one figure to another: decimals 0-2, scales and currencies.
        assertThat(values.values().stream().flatMap(Set::stream).map(v -> v.replaceAll("\\d", "9")).distinct().count())
                .isGreaterThan(10);
    }

    @Test
    void theWorldDoesNotDependOnTheOrderOrThreadsArticlesAreWrittenIn() {
        ArticleGenerator fresh = new ArticleGenerator(42);
        List<String> parallel = IntStream.range(0, 300).parallel().map(i -> 299 - i).mapToObj(fresh::article).toList();
        for (int i = 0; i < 300; i += 37) {
            assertThat(parallel.get(299 - i)).isEqualTo(gen.article(i));
        }
    }

    @Test
    void everyHolderOfTheWorldHasANameOfTheirOwn() {
        List<String> provinces = Tsv.load("provinces.tsv").rows().stream().filter(r -> "tỉnh".equals(r.get("unit_type"))
                        && !ArticleGenerator.FORMER_ERA.equals(r.get("era")))
                .map(r -> r.get("name")).distinct().toList();
        List<String[]> names = Tsv.loadResource("/org/w3id/vnkg/bench/names.tsv").rows().stream()
                .map(r -> new String[] {r.get("value"), r.get("gender"), r.get("part")}).toList();
        World world = new World(42, provinces, Tsv.load("surnames.tsv").column("surname"),
                names.stream().filter(n -> "middle".equals(n[2])).toList(), names.stream().filter(n -> "given".equals(n[2])).toList());
        Map<String, List<Object>> whoIs = new HashMap<>();
        for (String province : provinces) {
            for (World.Bundle b : world.bundles()) {
                for (java.time.LocalDate d = World.START; !d.isAfter(World.END); d = d.plusDays(15)) {
                    World.Official o = world.holder(b, province, d);
                    assertThat(o).isEqualTo(world.holder(b, province, d));
                    assertThat(o.term()).isBetween(0, World.TERMS - 1);
                    List<Object> person = List.of(o.area(), b.name(), o.term());
                    assertThat(whoIs.computeIfAbsent(o.name(), k -> person)).as(o.name()).isEqualTo(person);
                }
            }
        }
        assertThat(whoIs.size()).isGreaterThan(provinces.size() * world.bundles().size() * 2);
    }
}
