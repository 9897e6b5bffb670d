package org.w3id.vnkg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * Turns the bytes of an article file into text, finding the encoding when the file does not say it.
 * <pre>
 *   TextDecoder.Decoded d = TextDecoder.decode("a.txt", bytes);
 *   d.text();       // "Tỉnh ủy Bắc Giang ..." (NFC)
 *   d.encoding();   // "UTF-8", "UTF-8 (2 invalid bytes replaced)", "UTF-16LE", "windows-1258", "TCVN3" ...
 * </pre>
 * In order: a byte order mark (UTF-8, UTF-16); UTF-16 without a mark (one byte of each pair is mostly zero);
 * binary content (NUL and other control bytes) is refused; valid UTF-8; UTF-8 with a few invalid bytes, which
 * become U+FFFD so one stray byte does not lose an article; otherwise a legacy single-byte code page:
 * windows-1258 (Vietnamese, with combining tone marks), TCVN3 (the .VnTime fonts) or windows-1252, whichever
 * reads the most common Vietnamese syllables ({@code lexicon/common-syllables.tsv}). The easy mistake is to try windows-1252 first: every byte sequence
 * is valid windows-1252, so it must only win when no Vietnamese code page reads the text better.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(String fileName, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(fileName, bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16.name());
        }
        int controls = controlBytes(bytes);
        // Text has tabs and line breaks but almost no other control bytes; images, PDFs and archives have many.
        if (controls > bytes.length / 200 + 1) {
            throw new IllegalArgumentException(fileName + ": binary content (" + controls
                    + " control bytes in " + bytes.length + "), not text");
        }
        return utf8(fileName, bytes, 0);
    }

    private static Decoded utf8(String fileName, byte[] bytes, int offset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return new Decoded(strict(StandardCharsets.UTF_8).decode(in).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            // not clean UTF-8: see below whether it is damaged UTF-8 or another code page
        }
        String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        long replaced = lenient.chars().filter(c -> c == 0xFFFD).count();
        long decodedNonAscii = lenient.chars().filter(c -> c > 0x7F && c != 0xFFFD).count();
        // Legacy text is almost never valid UTF-8: its high bytes stand alone. So many good multi-byte letters
        // and few bad bytes mean UTF-8 with stray damage, to keep; the other way round means another code page.
        if (decodedNonAscii >= 4 * replaced) {
            return new Decoded(lenient, "UTF-8 (" + replaced + " invalid bytes replaced)");
        }
        return legacy(bytes, offset);
    }

    private static Decoded legacy(byte[] bytes, int offset) {
        byte[] body = offset == 0 ? bytes : Arrays.copyOfRange(bytes, offset, bytes.length);
        // windows-1252 is listed last and wins ties: Western text with no Vietnamese syllable in any reading.
        List<Decoded> candidates = List.of(
                new Decoded(nfc(new String(body, WINDOWS_1258)), "windows-1258"),
                new Decoded(nfc(Tcvn3.INSTANCE.decode(body)), "TCVN3"),
                new Decoded(nfc(new String(body, WINDOWS_1252)), "windows-1252"));
        Decoded best = candidates.get(candidates.size() - 1);
        long bestScore = Syllables.INSTANCE.count(best.text());
        for (Decoded d : candidates) {
            long score = Syllables.INSTANCE.count(d.text());
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** UTF-16 without a byte order mark: Vietnamese and ASCII text has a zero high byte in most pairs. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 16 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = bytes.length / 2;
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int controlBytes(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                n++;
            }
        }
        return n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String nfc(String s) {
        // Legacy code pages only. windows-1258 writes tone marks as separate combining characters: compose them as the rest of the code expects.
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Frequent Vietnamese syllables, from {@code lexicon/common-syllables.tsv}. */
    private static final class Syllables {
        static final Syllables INSTANCE = new Syllables();
        private static final Pattern WORD = Pattern.compile("\\p{L}+");
        private final Set<String> syllables = new HashSet<>();

        private Syllables() {
            Tsv.load("common-syllables.tsv").rows().forEach(r -> syllables.add(r.get("syllable")));
        }

        long count(String text) {
            long n = 0;
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                if (syllables.contains(m.group().toLowerCase(Locale.ROOT))) {
                    n++;
                }
            }
            return n;
        }
    }

    /** The TCVN3 code page, from {@code lexicon/tcvn3.tsv}: ASCII below 0x80, Vietnamese letters above. */
    private static final class Tcvn3 {
        static final Tcvn3 INSTANCE = new Tcvn3();
        private final char[] table = new char[256];

        private Tcvn3() {
            for (int i = 0; i < 0x80; i++) {
                table[i] = (char) i;
            }
            for (int i = 0x80; i < 0x100; i++) {
                table[i] = '\uFFFD';
            }
            for (Map<String, String> row : Tsv.load("tcvn3.tsv").rows()) {
                table[Integer.parseInt(row.get("byte"), 16)] = row.get("letter").charAt(0);
            }
        }

        String decode(byte[] bytes) {
            CharBuffer out = CharBuffer.allocate(bytes.length);
            for (byte b : bytes) {
                out.put(table[b & 0xFF]);
            }
            return out.flip().toString();
        }
    }
}
