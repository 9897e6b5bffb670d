package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.ingest.RawArticle;
import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.ArticleProcessor;
import org.w3id.vnkg.rdf.FactMapper;

class ArticleGeneratorTest {
    private static ArticleGenerator gen;

    @BeforeAll
    static void generator() {
        gen = new ArticleGenerator(42);
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
}
