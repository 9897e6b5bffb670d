package org.w3id.vnkg.normalize;

import java.math.BigDecimal;

/**
 * Reads numbers as Vietnamese writes them: ',' for the decimal point and '.' between thousands.
 * <pre>
 *   parse("13,45")     = 13.45
 *   parse("541.169")   = 541169
 *   parse("1.418.000") = 1418000
 * </pre>
 */
public final class VietnameseNumbers {
    private VietnameseNumbers() {
    }

    public static BigDecimal parse(String s) {
        String t = s.strip().replace(" ", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty number");
        }
        String digits = t.replace(".", "").replace(',', '.');
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + s, e);
        }
    }
}
