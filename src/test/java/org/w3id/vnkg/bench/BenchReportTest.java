package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The benchmark report shows where the time of the measured {@code kg build} went. */
class BenchReportTest {
    @Test
    void listsThePhasesOfTheBuildInBuildOrder() {
        BenchReport report = new BenchReport("kg bench all", Map.of("cores", "2"));
        report.build(500, 456_523, 140.0, 900, "2g", 1L << 20, 2L << 20);
        Map<String, Double> phases = new LinkedHashMap<>();
        phases.put("extract+load", 65.84);
        phases.put("link", 54.1);
        phases.put("text index", 6.5);
        report.buildPhases(phases);

        assertThat(report.markdown())
                .contains("Phases of that build (its `build-report.json`): extract+load 65.8 s, link 54.1 s, "
                        + "text index 6.5 s.");
    }
}
