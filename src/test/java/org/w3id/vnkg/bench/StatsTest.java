package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void medianAndSpreadOfRepeatedRuns() {
        Stats s = Stats.of(1.4, 1.0, 1.2);
        assertThat(s.median()).isEqualTo(1.2);
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(1.4);
        assertThat(s.format(2)).isEqualTo("1.20 (1.00–1.40)");
    }

    @Test
    void percentilesUseTheNearestRank() {
        double[] ms = new double[200];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = i + 1;
        }
        Stats s = Stats.of(ms);
        assertThat(s.percentile(50)).isEqualTo(100);
        assertThat(s.percentile(99)).isEqualTo(198);
        assertThat(s.percentile(100)).isEqualTo(200);
        assertThat(Stats.of(5).percentile(99)).isEqualTo(5);
    }

    @Test
    void refusesAnEmptySeries() {
        assertThatThrownBy(Stats::of).isInstanceOf(IllegalArgumentException.class);
    }
}
