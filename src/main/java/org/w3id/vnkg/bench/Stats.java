package org.w3id.vnkg.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Summary of repeated measurements: median and spread (min, max) or percentiles of latencies.
 * <pre>
 *   Stats s = Stats.of(new double[] {1.2, 1.0, 1.4});
 *   s.median();   // 1.2
 *   s.format(2);  // "1.20 (1.00-1.40)"
 * </pre>
 */
public record Stats(double[] sorted) {
    public Stats {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        sorted = sorted.clone();
        Arrays.sort(sorted);
    }

    public static Stats of(double... values) {
        return new Stats(values);
    }

    public int count() {
        return sorted.length;
    }

    public double median() {
        return percentile(50);
    }

    public double min() {
        return sorted[0];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    /** The nearest-rank percentile ({@code p} in 0-100): p99 of 200 values is the 198th smallest. */
    public double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** "median (min-max)" with the given decimals. */
    public String format(int decimals) {
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, f + " (" + f + "–" + f + ")", median(), min(), max());
    }
}
