package org.w3id.vnkg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;

import org.w3id.vnkg.cli.Main;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.CorpusBuilder;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.store.KgStore;

/**
 * The job's output against kg build, as the tests check it: kg load --bulk of the job's quads must give a store
 * with the named graphs kg build gives for the same articles, each isomorphic (articles, ontology, and the
 * reference and inferred graphs both rebuild after the last article).
 */
final class KgComparison {
    private KgComparison() {
    }

    /** kg build of the files into an in-memory store. */
    static KgStore kgBuild(List<Path> files) {
        KgStore store = KgStore.inMemory();
        new CorpusBuilder(new ArticlePipeline(), new FactMapper(Main.version()), 2).build(files, store, n -> { });
        return store;
    }

    /** {@code kg load --bulk --store STORE OUT/quads}, as a user runs it after the job; then opens the store. */
    static KgStore kgLoadBulk(Path out, Path store) {
        assertThat(Main.run("load", "--bulk", "--store", store.toString(), out.resolve("quads").toString())).isZero();
        return KgStore.open(store);
    }

    static Set<String> graphNames(KgStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Set<String> names = new TreeSet<>();
            ds.listNames().forEachRemaining(names::add);
            return names;
        });
    }

    static Model graph(KgStore store, String name) {
        return Txn.calculateRead(store.dataset(),
                () -> ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(name)));
    }

    static void assertSameGraphs(KgStore spark, KgStore build) {
        Set<String> names = graphNames(build);
        assertThat(graphNames(spark)).containsExactlyElementsOf(names);
        for (String name : names) {
            Model expected = graph(build, name);
            assertThat(graph(spark, name).isIsomorphicWith(expected))
                    .as("graph %s (%d triples in kg build) is isomorphic", name, expected.size()).isTrue();
        }
    }

    /** The lines of the {@code part-*} files of a Spark output folder. */
    static List<String> jsonLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
