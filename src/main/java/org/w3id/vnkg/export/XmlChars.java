package org.w3id.vnkg.export;

/** Text for XML 1.0 documents: the characters XML cannot carry at all (most C0 controls) are dropped. */
final class XmlChars {
    private XmlChars() {
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlChars::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
