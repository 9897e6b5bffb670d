package org.w3id.vnkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TextDecoderTest {
    // The opening sentence of corpus/sample/000_8572752e0b333003.txt.
    private static final String SENTENCE = "Ngày 6/1, Tỉnh ủy Bắc Giang tổ chức hội nghị tổng kết công tác lãnh đạo "
            + "của Tỉnh ủy năm 2023, mục tiêu, nhiệm vụ, giải pháp năm 2024.";

    @Test
    void readsUtf8AsItIs() {
        TextDecoder.Decoded d = TextDecoder.decode("a.txt", SENTENCE.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(SENTENCE);
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void keepsAnArticleWithOneStrayInvalidByte() {
        byte[] good = SENTENCE.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, 10);
        bad[10] = (byte) 0xFF;
        System.arraycopy(good, 10, bad, 11, good.length - 10);
        TextDecoder.Decoded d = TextDecoder.decode("a.txt", bad);
        assertThat(d.text()).contains("Tỉnh ủy Bắc Giang tổ chức hội nghị").contains("\uFFFD");
        assertThat(d.encoding()).startsWith("UTF-8 (1 invalid");
    }

    @Test
    void detectsUtf16WithoutByteOrderMark() {
        assertThat(TextDecoder.decode("a.txt", SENTENCE.getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(new TextDecoder.Decoded(SENTENCE, "UTF-16LE"));
        assertThat(TextDecoder.decode("a.txt", SENTENCE.getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo(new TextDecoder.Decoded(SENTENCE, "UTF-16BE"));
    }

    @Test
    void readsUtf16ByByteOrderMark() {
        // Java's "UTF-16" encoder writes a big-endian BOM.
        assertThat(TextDecoder.decode("a.txt", SENTENCE.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(SENTENCE);
    }

    @Test
    void detectsWindows1258WithCombiningToneMarks() {
        byte[] bytes = windows1258(SENTENCE);
        TextDecoder.Decoded d = TextDecoder.decode("a.txt", bytes);
        assertThat(d.encoding()).isEqualTo("windows-1258");
        assertThat(d.text()).isEqualTo(SENTENCE);
    }

    @Test
    void detectsTcvn3() {
        // "Tỉnh ủy" in TCVN3: ỉ is 0xD8 and ủ is 0xF1.
        byte[] tinhUy = {'T', (byte) 0xD8, 'n', 'h', ' ', (byte) 0xF1, 'y', ' ', 'B', (byte) 0xBE, 'c', ' ',
            'G', 'i', 'a', 'n', 'g', ' ', 't', (byte) 0xE6, ' ', 'c', 'h', (byte) 0xF8, 'c', ' ',
            'h', (byte) 0xE9, 'i', ' ', 'n', 'g', 'h', (byte) 0xDE};
        TextDecoder.Decoded d = TextDecoder.decode("a.txt", tinhUy);
        assertThat(d.encoding()).isEqualTo("TCVN3");
        assertThat(d.text()).isEqualTo("Tỉnh ủy Bắc Giang tổ chức hội nghị");
    }

    @Test
    void fallsBackToWindows1252ForWesternText() {
        String text = "São Paulo, Ñandú, garçon – 5 €";
        TextDecoder.Decoded d = TextDecoder.decode("a.txt", text.getBytes(Charset.forName("windows-1252")));
        assertThat(d.encoding()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void refusesBinaryContent() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> TextDecoder.decode("photo.txt", noise))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photo.txt: binary content");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThatThrownBy(() -> TextDecoder.decode("logo.html", png)).hasMessageContaining("binary content");
    }

    /** windows-1258 has no letter with two marks: write the shaped vowel (ê, ơ ...) then the tone as a combining mark. */
    static byte[] windows1258(String text) {
        Charset cp = Charset.forName("windows-1258");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            if (cp.newEncoder().canEncode(c)) {
                out.writeBytes(c.getBytes(cp));
                continue;
            }
            String nfd = Normalizer.normalize(c, Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char ch : nfd.toCharArray()) {
                (("\u0300\u0301\u0303\u0309\u0323".indexOf(ch) >= 0) ? tone : base).append(ch);
            }
            out.writeBytes((Normalizer.normalize(base, Normalizer.Form.NFC) + tone).getBytes(cp));
        }
        return out.toByteArray();
    }
}
