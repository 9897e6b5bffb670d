package org.w3id.vnkg.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactLexiconsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"units.tsv", "scales.tsv", "indicators.tsv", "status-cues.tsv", "area-cues.tsv",
        "comparison-cues.tsv", "figure-blockers.tsv", "figure-words.tsv", "meeting-kinds.tsv", "meeting-roles.tsv",
        "decision-objects.tsv"})
    void loadsEveryGazetteerOfMeetingsAndFigures(String name) {
        assertThat(Tsv.load(name).rows()).isNotEmpty();
    }

    @Test
    void givesEveryBroaderMeetingKindAConceptOfItsOwn() {
        List<Map<String, String>> rows = Tsv.load("meeting-kinds.tsv").rows();
        Set<String> concepts = new HashSet<>();
        rows.forEach(r -> concepts.add(r.get("concept")));
        for (Map<String, String> r : rows) {
            assertThat(r.get("surface")).isEqualTo(r.get("surface").toLowerCase());
            if (!r.get("broader").isEmpty()) {
                assertThat(concepts).as("broader of " + r.get("concept")).contains(r.get("broader"));
            }
        }
    }

    @Test
    void usesKnownUnitsAndPowersOfTenForScales() {
        Set<String> kinds = Set.of("percent", "money", "measure", "score", "count", "none");
        Tsv.load("units.tsv").rows().forEach(r -> assertThat(kinds).contains(r.get("kind")));
        for (String factor : Tsv.load("scales.tsv").column("factor")) {
            BigDecimal f = new BigDecimal(factor);
            assertThat(f.toPlainString()).matches("10*");
        }
    }

    @Test
    void usesOnlyTheFourStatuses() {
        // and "none": a name a cue word is part of ("chương trình mục tiêu quốc gia"), which sets no status
        Set<String> statuses = Set.of("actual", "estimate", "target", "plan", "none");
        Tsv.load("status-cues.tsv").rows().forEach(r -> assertThat(statuses).contains(r.get("status")));
    }
}
