package org.w3id.vnkg.link;

/**
 * An IRI that {@code IriMinter} mints from a hash (a prefix, then 20 lower-case hex digits: {@code holding/},
 * {@code figure/}), kept as the 80 bits of its hash by the compact records the link stage holds for every fact of a
 * corpus ({@link ArticleHolding}, {@link FigureConsolidator}): two primitive fields instead of an 80-character
 * string. The record keeps an IRI of another shape as it is.
 * <pre>
 *   if (HashedIri.isHashed(iri, prefix)) { high = HashedIri.high(iri, prefix); low = HashedIri.low(iri, prefix); }
 *   String again = HashedIri.iri(prefix, high, low);   // equal to iri
 * </pre>
 */
final class HashedIri {
    static final int DIGITS = 20;

    private HashedIri() {
    }

    /** {@code prefix} plus 20 lower-case hex digits, as IriMinter mints. */
    static boolean isHashed(String iri, String prefix) {
        if (iri.length() != prefix.length() + DIGITS || !iri.startsWith(prefix)) {
            return false;
        }
        for (int i = prefix.length(); i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Hex digits 1-16 of a hashed IRI. */
    static long high(String iri, String prefix) {
        int at = prefix.length();
        return Long.parseUnsignedLong(iri, at, at + 16, 16);
    }

    /** Hex digits 17-20 of a hashed IRI. */
    static int low(String iri, String prefix) {
        int at = prefix.length();
        return Integer.parseInt(iri, at + 16, at + DIGITS, 16);
    }

    /** The IRI again (a new string on each call). */
    static String iri(String prefix, long high, int low) {
        String h = Long.toHexString(high);
        String l = Integer.toHexString(low);
        StringBuilder b = new StringBuilder(prefix.length() + DIGITS).append(prefix);
        b.append("0".repeat(16 - h.length())).append(h);
        b.append("0".repeat(4 - l.length())).append(l);
        return b.toString();
    }

    /** Compares two hashed IRIs of one prefix as their strings would compare. */
    static int compare(long high, int low, long otherHigh, int otherLow) {
        int c = Long.compareUnsigned(high, otherHigh);
        return c != 0 ? c : Integer.compare(low, otherLow);
    }
}
