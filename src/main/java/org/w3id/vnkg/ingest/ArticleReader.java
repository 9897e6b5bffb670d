package org.w3id.vnkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads article files (.txt, .html, .htm) into {@link RawArticle}s.
 * <pre>
 *   RawArticle a = ArticleReader.read(Path.of("corpus/sample/001_33591164b049cd22.txt"));
 *   a.docId();  // "001_33591164b049cd22.txt"
 * </pre>
 * Bytes are decoded by {@link TextDecoder}: UTF-8, UTF-16 with or without a BOM, or a legacy Vietnamese code
 * page; a stray invalid byte in UTF-8 is replaced rather than rejected, so it does not lose an article.
 * Empty, binary, text-less and oversized files throw {@link IllegalArgumentException} naming the file and
 * the reason, which the build report shows.
 */
public final class ArticleReader {
    /** Above this many bytes an article is refused: no news article is this large. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /**
     * Above this many characters of text (after HTML is stripped) an article is refused: the longest news
     * articles are some 50,000 characters, and a page of HTML mostly made of scripts or inline images still
     * passes, as its text is small.
     */
    public static final int MAX_TEXT_CHARS = 2_000_000;
    private static final String BLOCKS = "h1, h2, h3, h4, p, li, figcaption, td, pre, blockquote";
    /** The longest text of a cell of a table of data: a longer one is a layout table's column of paragraphs. */
    private static final int MAX_CELL = 160;

    private ArticleReader() {
    }

    /** The article files under a folder, recursively, in name order. */
    public static List<Path> listCorpus(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder: " + dir);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
        }
    }

    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
    }

    public static RawArticle read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException(file + ": " + size + " bytes, more than the limit of " + MAX_BYTES);
        }
        return parse(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** Decodes and, for HTML, extracts the text of one article given its file name and bytes. */
    public static RawArticle parse(String fileName, byte[] bytes) {
        String text = decode(fileName, bytes);
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
        if (html) {
            text = htmlToText(text);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException(fileName + ": no text" + (html ? " outside scripts, styles and markup" : ""));
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException(fileName + ": " + text.length() + " characters of text, more than the limit of "
                    + MAX_TEXT_CHARS + " for one article");
        }
        return new RawArticle(fileName, text, html ? "html" : "txt");
    }

    static String decode(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException(fileName + ": empty file");
        }
        return TextDecoder.decode(fileName, bytes).text();
    }

    /**
     * The blocks that hold other blocks, found by walking up from each block to the nearest block above it.
     * Asking each block for its descendants (or using Element.is, which walks to the root) is quadratic in the
     * nesting depth: 66,000 nested list items took nine minutes.
     */
    private static Set<Element> containersOf(Elements blocks) {
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(blocks);
        Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element block : blocks) {
            for (Element up = block.parent(); up != null; up = up.parent()) {
                if (all.contains(up)) {
                    containers.add(up);
                    break;
                }
            }
        }
        return containers;
    }

    static String htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, iframe, svg").remove();
        doc.outputSettings().prettyPrint(false);
        StringBuilder out = new StringBuilder();
        String title = doc.title();
        if (!title.isBlank()) {
            out.append(title.strip()).append("\n\n");
        }
        Elements blocks = doc.body().select(BLOCKS);
        Set<Element> containers = containersOf(blocks);
        Set<Element> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element block : blocks) {
            if (!containers.contains(block)) {
                leaves.add(block);
            }
        }
        BlockLines lines = new BlockLines(leaves);
        // An iterative walk: a recursive one overflows the stack on deeply nested pages.
        NodeTraversor.filter(lines, doc.body());
        for (String line : lines.lines()) {
            out.append(line).append("\n\n");
        }
        if (out.length() == 0 || out.toString().strip().equals(title.strip())) {
            out.append(doc.body().wholeText());
        }
        return out.toString();
    }

    /**
     * The lines of a page in document order: the text of each block that holds no other block, and the runs of
     * text outside any such block ("<b>Tin liên quan</b>" or "<span class=time>Thứ Năm, 19/12/2019</span>"
     * in a div), which a line break or a block ends. A link outside blocks is a line of its own: links outside
     * paragraphs are lists of other stories ("<b>Tin liên quan</b><a>...</a><a>...</a>"). Runs outside blocks are kept only between the first
     * and the last block, where the story and its date line are: above and below lie menus and footers.
     */
    private static final class BlockLines implements NodeFilter {
        private final Set<Element> leaves;
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private int firstBlock = -1;
        private int lastBlock = -1;

        BlockLines(Set<Element> leaves) {
            this.leaves = leaves;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                run.append(t.getWholeText());
            } else if (node instanceof Element e) {
                String row = "tr".equals(e.normalName()) ? tableRow(e) : null;
                if (row != null) {
                    endRun();
                    firstBlock = firstBlock < 0 ? lines.size() : firstBlock;
                    lastBlock = lines.size();
                    lines.add(row);
                    return FilterResult.SKIP_CHILDREN;
                }
                if (leaves.contains(e)) {
                    endRun();
                    String t = e.text().strip();
                    if (!t.isEmpty()) {
                        firstBlock = firstBlock < 0 ? lines.size() : firstBlock;
                        lastBlock = lines.size();
                        lines.add(t);
                    }
                    return FilterResult.SKIP_CHILDREN;
                }
                if (e.isBlock() || "br".equals(e.normalName()) || "a".equals(e.normalName())) {
                    endRun();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && (e.isBlock() || "a".equals(e.normalName())) && !leaves.contains(e)) {
                endRun();
            }
            return FilterResult.CONTINUE;
        }

        /**
         * A row of a table of data as one line, its cells' texts between tabs ("Thu ngân sách\ttỷ đồng\t6.500"), for
         * the figure extractor to read by column; null for a row of a layout table (a cell holding a table, or a
         * cell's text as long as a paragraph) or of one cell, whose blocks are lines as anywhere else.
         */
        private static String tableRow(Element tr) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!"td".equals(cell.normalName()) && !"th".equals(cell.normalName())) {
                    continue;
                }
                String t = cell.text().strip();
                if (t.length() > MAX_CELL || !cell.select("table").isEmpty() || t.indexOf('\t') >= 0) {
                    return null;
                }
                cells.add(t);
            }
            long filled = cells.stream().filter(c -> !c.isEmpty()).count();
            return filled >= 2 ? String.join("\t", cells) : null;
        }

        private void endRun() {
            String t = StringUtil.normaliseWhitespace(run.toString()).strip();
            run.setLength(0);
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }

        List<String> lines() {
            endRun();
            if (firstBlock < 0) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = firstBlock; i <= lastBlock; i++) {
                out.add(lines.get(i));
            }
            return out;
        }
    }
}
