package org.w3id.vnkg.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line of a JSON-lines input as {@link BoundedLineInputFormat} reads it: its length in bytes, and its
 * bytes only when it is within the limit, so that a line of gigabytes is counted, never held.
 *
 * @param bytes the line's UTF-8 bytes without its line end, or null when it is longer than the limit
 * @param length the line's length in bytes, line end included
 */
record BoundedLine(byte[] bytes, long length) implements Serializable {
    /** Whether the line was longer than the limit it was read with, and so not kept. */
    boolean cut() {
        return bytes == null;
    }

    /** The line as text; null when it was cut. */
    String text() {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoundedLine l && l.length == length && Arrays.equals(l.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(length) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return cut() ? "<" + length + " bytes, cut>" : text();
    }
}
