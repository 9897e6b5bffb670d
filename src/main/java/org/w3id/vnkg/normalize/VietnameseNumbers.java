package org.w3id.vnkg.normalize;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads numbers as Vietnamese writes them: ',' for the decimal point and '.' between thousands.
 * <pre>
 *   parse("13,45")     = 13.45
 *   parse("541.169")   = 541169
 *   parse("1.418.000") = 1418000
 *   parse("03")        = 3
 *   roman("XII")       = 12      (khóa XII, quý IV)
 * </pre>
 * A single dot followed by other than three digits ("3.5") is read as a decimal point: some sites
 * write English-style decimals, and "3.5" is never a thousands group.
 */
public final class VietnameseNumbers {
    private VietnameseNumbers() {
    }

    public static BigDecimal parse(String s) {
        String t = s.strip().replace(" ", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty number");
        }
        String digits;
        int dot = t.indexOf('.');
        if (dot >= 0 && t.indexOf(',') < 0 && t.indexOf('.', dot + 1) < 0 && t.length() - dot - 1 != 3) {
            digits = t; // "3.5": an English-style decimal point
        } else {
            digits = t.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + s, e);
        }
    }

    /** The value of a Roman numeral (I to MMMCMXCIX) or of Arabic digits; -1 if it is neither. */
    public static int roman(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return -1;
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return t.length() > 9 ? -1 : Integer.parseInt(t);
        }
        int total = 0;
        int prev = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = switch (t.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                case 'M' -> 1000;
                default -> -1;
            };
            if (v < 0) {
                return -1;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
