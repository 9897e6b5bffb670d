package org.w3id.vnkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.FixtureFacts;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.Vocab;
import org.w3id.vnkg.store.KgStore;

/** {@code kg compact}: a store re-ingested many times rewritten into one generation, with the same content. */
class CompactCommandTest {
    @Test
    void compactionKeepsEveryQuadAndLeavesOneGeneration(@TempDir Path dir) throws IOException {
        Path storeDir = dir.resolve("store");
        Model original = new FactMapper("test").map(FixtureFacts.facts());
        Model edited = ModelFactory.createDefaultModel().add(original);
        edited.remove(edited.listStatements(null, Vocab.schemaName, (String) null).next());
        Set<String> before;
        try (KgStore store = KgStore.open(storeDir)) {
            for (int i = 0; i < 5; i++) {
                store.replaceGraph(IriMinter.articleGraph("a.txt"), edited, c -> { });
                store.replaceGraph(IriMinter.articleGraph("a.txt"), original, c -> { });
            }
            store.replaceGraph(IriMinter.articleGraph("b.txt"), edited, c -> { });
            before = quads(store);
        }
        assertThat(generations(storeDir)).containsExactly("Data-0001");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("compact", "--store", storeDir.toString())).isZero();
        } finally {
            System.setOut(old);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("compacted " + storeDir + ": ");
        assertThat(generations(storeDir)).containsExactly("Data-0002");
        try (KgStore store = KgStore.open(storeDir)) {
            assertThat(quads(store)).hasSize((int) (original.size() + edited.size())).isEqualTo(before);
        }
    }

    private static Set<String> quads(KgStore store) {
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        store.export(Lang.NQUADS, nq);
        return nq.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toSet());
    }

    private static Set<String> generations(Path storeDir) throws IOException {
        try (Stream<Path> files = Files.list(storeDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-"))
                    .collect(Collectors.toSet());
        }
    }
}
