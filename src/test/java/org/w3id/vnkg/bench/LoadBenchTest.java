package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.store.KgStore;

class LoadBenchTest {
    private static Model graph(String person, String role) {
        Model m = ModelFactory.createDefaultModel();
        Resource p = m.createResource("https://w3id.org/vnkg/id/person/" + person);
        p.addProperty(m.createProperty("https://schema.org/name"), person, "vi");
        p.addProperty(m.createProperty("https://w3id.org/vnkg/ontology#roleLabel"), role, "vi");
        return m;
    }

    @Test
    void exportsGraphByGraphAndLoadsTheSameQuadsInBatches(@TempDir Path dir) {
        Path source = dir.resolve("source");
        try (KgStore store = KgStore.open(source)) {
            Map<String, Model> graphs = new LinkedHashMap<>();
            for (int i = 0; i < 5; i++) {
                graphs.put("https://w3id.org/vnkg/graph/article/a" + i, graph("người-" + i, "Bí thư"));
            }
            store.replaceGraphs(graphs);
        }
        Path nq = dir.resolve("data.nq");
        assertThat(LoadBench.exportByGraph(source, nq)).isEqualTo(10);

        LoadBench.Result r = LoadBench.loadInBatches(nq, dir.resolve("copy"), 2, Integer.MAX_VALUE);
        assertThat(r.quads()).isEqualTo(10);
        assertThat(r.graphs()).isEqualTo(5);
        assertThat(r.commits()).isEqualTo(3);
        try (KgStore copy = KgStore.open(dir.resolve("copy"))) {
            assertThat(copy.size()).isEqualTo(10);
        }
        assertThat(LoadBench.loadInBatches(nq, dir.resolve("few"), 1, 2).graphs()).isEqualTo(2);
    }

    @Test
    void refusesAFileWhoseGraphsAreInterleaved(@TempDir Path dir) throws IOException {
        Path nq = dir.resolve("mixed.nq");
        Files.writeString(nq, """
                <http://x/s> <http://x/p> "1" <http://x/g1> .
                <http://x/s> <http://x/p> "2" <http://x/g2> .
                <http://x/s> <http://x/p> "3" <http://x/g1> .
                """);
        assertThatThrownBy(() -> LoadBench.loadInBatches(nq, dir.resolve("s"), 32, Integer.MAX_VALUE))
                .hasMessageContaining("comes back after other graphs");
    }
}
