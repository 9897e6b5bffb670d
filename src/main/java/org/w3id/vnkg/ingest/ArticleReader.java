package org.w3id.vnkg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads article files (.txt, .html, .htm) into {@link RawArticle}s.
 * <pre>
 *   RawArticle a = ArticleReader.read(Path.of("corpus/sample/001_33591164b049cd22.txt"));
 *   a.docId();  // "001_33591164b049cd22.txt"
 * </pre>
 * Text is decoded as UTF-8 (a BOM picks UTF-8 or UTF-16); bytes that are not valid UTF-8 are replaced
 * rather than rejected when most of the file is valid, so a stray byte does not lose an article.
 * Files with no readable text throw {@link IllegalArgumentException} naming the file and the reason.
 */
public final class ArticleReader {
    /** Above this many bytes an article is refused: no news article is this large. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

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
            throw new IllegalArgumentException(fileName + ": no text");
        }
        return new RawArticle(fileName, text, html ? "html" : "txt");
    }

    static String decode(String fileName, byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int zeros = 0;
        for (byte b : bytes) {
            if (b == 0) {
                zeros++;
            }
        }
        if (zeros > bytes.length / 100 + 1) {
            throw new IllegalArgumentException(fileName + ": binary content (" + zeros + " NUL bytes), not text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return lenientUtf8(bytes);
        }
    }

    private static String lenientUtf8(byte[] bytes) {
        // A stray invalid byte becomes U+FFFD; the rest of the article is kept.
        return new String(bytes, StandardCharsets.UTF_8);
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
        for (org.jsoup.nodes.Element block : doc.body().select("h1, h2, h3, h4, p, li, figcaption, td, pre, blockquote")) {
            if (!block.select("p, li, h1, h2, h3, h4").isEmpty() && !block.is("li")) {
                continue; // a container of other blocks: its children are read on their own
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                out.append(t).append("\n\n");
            }
        }
        if (out.length() == 0 || out.toString().strip().equals(title.strip())) {
            out.append(doc.body().wholeText());
        }
        return out.toString();
    }
}
