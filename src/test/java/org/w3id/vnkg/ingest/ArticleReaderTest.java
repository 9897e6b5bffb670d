package org.w3id.vnkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final String SENTENCE = "Ngày 6/1, Tỉnh ủy Bắc Giang tổ chức hội nghị tổng kết công tác lãnh đạo.";

    @TempDir
    Path dir;

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> ArticleReader.read(f)).hasMessage("empty.txt: empty file");
    }

    @Test
    void refusesAFileOfWhiteSpace() {
        assertThatThrownBy(() -> ArticleReader.parse("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("blank.txt: no text");
    }

    @Test
    void dropsScriptsAndStylesFromHtml() {
        String html = "<html><head><title>Tỉnh ủy Bắc Giang</title><style>p { color: red }</style>"
                + "<script>var x = 'Chủ tịch giả';</script></head><body><noscript>bật JavaScript</noscript>"
                + "<p>" + SENTENCE + "</p><script>document.write('<p>chèn</p>')</script></body></html>";
        RawArticle a = ArticleReader.parse("a.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(a.text()).contains(SENTENCE).doesNotContain("color", "Chủ tịch giả", "chèn", "JavaScript");
        assertThat(a.format()).isEqualTo("html");
    }

    @Test
    void readsTextOutsideBlocksBetweenTheStorysBlocksButNotMenusAndFooters() {
        String html = "<html><body><div class=\"menu\"><a href=\"/\">Trang chủ</a> <a href=\"/ct\">Chính trị</a></div>"
                + "<h1>Hội nghị Tỉnh ủy</h1><div class=\"date\">Cập nhật: <b>09/08/2022</b> 16:35</div>"
                + "<p>" + SENTENCE + "</p><div class=\"box\"><strong>Tin liên quan</strong><br><a href=\"#\">Tin khác</a></div>"
                + "<p>Đoạn cuối.</p><div class=\"footer\">Tổng Biên tập: Nguyễn Văn A</div></body></html>";
        String text = ArticleReader.parse("a.html", html.getBytes(StandardCharsets.UTF_8)).text();
        assertThat(text.lines().filter(l -> !l.isBlank()).toList()).containsExactly("Hội nghị Tỉnh ủy",
                "Cập nhật: 09/08/2022 16:35", SENTENCE, "Tin liên quan", "Tin khác", "Đoạn cuối.");
    }

    @Test
    void writesEachRowOfATableOfDataAsOneLineOfTabSeparatedCells() {
        // a table of figures whose cells would otherwise be lines of their own, out of reach of their column's header
        String html = "<html><body><h1>Quảng Bình họp phiên thường kỳ</h1><p>" + SENTENCE + "</p><table>"
                + "<tr><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Kế hoạch năm 2021</th></tr>"
                + "<tr><td><p>Thu ngân sách nhà nước</p></td><td>tỷ đồng</td><td>6.500</td></tr>"
                + "<tr><td colspan=\"3\">Ghi chú: số liệu ước tính</td></tr></table><p>Đoạn cuối.</p></body></html>";
        String text = ArticleReader.parse("a.html", html.getBytes(StandardCharsets.UTF_8)).text();
        assertThat(text.lines().filter(l -> !l.isBlank()).toList()).containsExactly("Quảng Bình họp phiên thường kỳ",
                SENTENCE, "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2021", "Thu ngân sách nhà nước\ttỷ đồng\t6.500",
                "Ghi chú: số liệu ước tính", "Đoạn cuối.");
    }

    @Test
    void keepsTheParagraphsOfALayoutTableAsLines() {
        String para = SENTENCE + " " + SENTENCE;
        String html = "<html><body><table><tr><td><a href=\"/\">Trang chủ</a></td><td><h1>Hội nghị Tỉnh ủy</h1><p>" + para
                + "</p><p>Đoạn cuối.</p></td></tr></table></body></html>";
        String text = ArticleReader.parse("a.html", html.getBytes(StandardCharsets.UTF_8)).text();
        assertThat(text.lines().filter(l -> !l.isBlank()).toList()).contains("Hội nghị Tỉnh ủy", para, "Đoạn cuối.");
    }

    @Test
    void refusesHtmlWithOnlyScripts() {
        byte[] html = "<html><body><script>alert(1)</script><style>p{}</style></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ArticleReader.parse("ads.html", html)).hasMessageStartingWith("ads.html: no text");
    }

    @Test
    void survivesDeeplyNestedHtml() {
        int depth = 60_000;
        String html = "<html><body>" + "<div><ul><li>".repeat(depth / 3) + "<p>" + SENTENCE + "</p>"
                + "</li></ul></div>".repeat(depth / 3) + "</body></html>";
        Throwable t = catchThrowable(() -> ArticleReader.parse("deep.html", html.getBytes(StandardCharsets.UTF_8)));
        // Either it reads the text or refuses the file with a reason; a StackOverflowError would kill a build thread.
        assertThat(t).satisfiesAnyOf(
                e -> assertThat(e).isNull(),
                e -> assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("deep.html: "));
    }

    @Test
    void readsA50MegabyteHtmlPageWhoseTextIsSmall() throws IOException {
        Path f = dir.resolve("big.html");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(("<html><head><script>var img='").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write(("';</script></head><body><p>" + SENTENCE + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(f)).isGreaterThan(50L * 1024 * 1024);
        assertThat(ArticleReader.read(f).text().strip()).isEqualTo(SENTENCE);
    }

    @Test
    void refusesA50MegabyteTextFileWithAReason() throws IOException {
        Path f = dir.resolve("huge.txt");
        byte[] line = (SENTENCE + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(f)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertThatThrownBy(() -> ArticleReader.read(f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("huge.txt: ")
                .hasMessageContaining("more than the limit");
    }

    @Test
    void decodesLegacyVietnameseFiles() {
        RawArticle a = ArticleReader.parse("old.txt", TextDecoderTest.windows1258(SENTENCE));
        assertThat(a.text()).isEqualTo(SENTENCE);
    }
}
