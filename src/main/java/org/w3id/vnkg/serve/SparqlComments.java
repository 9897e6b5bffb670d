package org.w3id.vnkg.serve;

/**
 * Removes the comments of a SPARQL query's text before the server parses it.
 * <p>
 * Jena's parser reads every character, a comment's too, through its tokenizer's automaton at about 5 MB/s: the
 * ~1.4 KB of comments of a documented query such as {@code post-holders-on-date.rq} cost 0.16 ms of each request,
 * more than the lookups of a small answer. Here a comment is cut with a plain scan. A comment's line break is kept
 * and nothing else moves, so the line and column of a parse error are those of the text the client sent.
 * <p>
 * A {@code #} opens a comment only outside strings ({@code "…"}, {@code '…'}, {@code """…"""},
 * {@code '''…'''}), outside IRIs ({@code <http://…#x>}) and when not escaped ({@code ex:a\#b}). A {@code <} opens
 * an IRI when an IRI's characters run from it to a {@code >}; otherwise it is the comparison.
 */
public final class SparqlComments {
    private SparqlComments() {
    }

    /** The text without its comments; the same instance when it has none. */
    public static String strip(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (c == '#') {
                end = lineEnd(text, i);
                i = end;
                continue;
            } else if (c == '"' || c == '\'') {
                end = stringEnd(text, i, c);
            } else if (c == '<') {
                end = iriEnd(text, i);
            } else if (c == '\\') {
                end = Math.min(n, i + 2);
            } else {
                end = i + 1;
            }
            out.append(text, i, end);
            i = end;
        }
        return out.toString();
    }

    /** The index of the line break that ends the comment at {@code from}, or the text's end. */
    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The index after the string that opens at {@code from} with {@code quote}, or the text's end if unclosed. */
    private static int stringEnd(String text, int from, char quote) {
        boolean isLong = text.startsWith(String.valueOf(quote).repeat(3), from);
        int i = from + (isLong ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote && (!isLong || text.startsWith(String.valueOf(quote).repeat(3), i))) {
                return i + (isLong ? 3 : 1);
            } else if (!isLong && (c == '\n' || c == '\r')) {
                return i; // a short string cannot span lines: the parser will report it
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** The index after the IRI that opens at {@code from}, or {@code from + 1} when this {@code <} is a comparison. */
    private static int iriEnd(String text, int from) {
        for (int i = from + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c <= ' ' || "<\"{}|^`".indexOf(c) >= 0) {
                return from + 1;
            }
        }
        return from + 1;
    }
}
