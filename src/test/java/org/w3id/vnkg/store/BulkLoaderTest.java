package org.w3id.vnkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.FixtureFacts;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.OntologyFiles;

class BulkLoaderTest {
    private static final MonitorOutput QUIET = (fmt, args) -> { };
    private static final String ARTICLE = IriMinter.articleGraph(FixtureFacts.DOC);

    /** A folder as Spark writes it: part files without extension, a _SUCCESS marker, checksum files. */
    private static Path sparkOutput(Path dir) throws IOException {
        Path quads = Files.createDirectories(dir.resolve("quads"));
        Dataset article = DatasetFactory.create();
        article.addNamedModel(ARTICLE, new FactMapper("test").map(FixtureFacts.facts()));
        try (OutputStream out = Files.newOutputStream(quads.resolve("part-00000"))) {
            RDFDataMgr.write(out, article, Lang.NQUADS);
        }
        Dataset ontology = DatasetFactory.create();
        ontology.addNamedModel(IriMinter.ontologyGraph(), OntologyFiles.ontology());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(quads.resolve("part-00001.gz")))) {
            RDFDataMgr.write(out, ontology, Lang.NQUADS);
        }
        Files.writeString(quads.resolve("_SUCCESS"), "");
        Files.writeString(quads.resolve(".part-00000.crc"), "not rdf");
        return quads;
    }

    private static Model graph(KgStore store, String name) {
        return Txn.calculateRead(store.dataset(),
                () -> ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(name)));
    }

    @Test
    void bulkLoadsSparkPartFilesIntoANewStoreGraphByGraph(@TempDir Path dir) throws IOException {
        Path quads = sparkOutput(dir);
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            long read = BulkLoader.load(store, List.of(quads), BulkLoader.Mode.BULK, QUIET);
            Model expected = new FactMapper("test").map(FixtureFacts.facts());
            assertThat(graph(store, ARTICLE).isIsomorphicWith(expected)).isTrue();
            assertThat(graph(store, IriMinter.ontologyGraph()).isIsomorphicWith(OntologyFiles.ontology())).isTrue();
            assertThat(read).isEqualTo(store.size());
        }
    }

    @Test
    void bulkRefusesAStoreThatHoldsData(@TempDir Path dir) throws IOException {
        Path quads = sparkOutput(dir);
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            BulkLoader.load(store, List.of(quads), BulkLoader.Mode.BULK, QUIET);
            assertThatThrownBy(() -> BulkLoader.load(store, List.of(quads), BulkLoader.Mode.BULK, QUIET))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("new or empty store");
        }
    }

    @Test
    void replaceModeReloadsTheSameGraphsWithoutDuplicatesOrStaleTriples(@TempDir Path dir) throws IOException {
        Path quads = sparkOutput(dir);
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            store.replaceGraphs(Map.of(ARTICLE, OntologyFiles.shapes()));
            BulkLoader.load(store, List.of(quads), BulkLoader.Mode.REPLACE, QUIET);
            long once = store.size();
            BulkLoader.load(store, List.of(quads), BulkLoader.Mode.REPLACE, QUIET);
            assertThat(store.size()).isEqualTo(once);
            Model expected = new FactMapper("test").map(FixtureFacts.facts());
            assertThat(graph(store, ARTICLE).isIsomorphicWith(expected)).isTrue();
        }
    }

    @Test
    void replaceModeInterruptedAfterItsFirstFileLeavesTheStoreAsItWas(@TempDir Path dir) throws IOException {
        Path quads = sparkOutput(dir);
        // The loader reports each file it starts: failing on the second one stops the load midway.
        int[] started = {0};
        MonitorOutput failOnSecondFile = (fmt, args) -> {
            if (String.format(fmt, args).contains("part-00001") && ++started[0] == 1) {
                throw new IllegalStateException("disk full");
            }
        };
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            store.replaceGraphs(Map.of(ARTICLE, OntologyFiles.shapes()));
            assertThatThrownBy(() -> BulkLoader.load(store, List.of(quads), BulkLoader.Mode.REPLACE, failOnSecondFile))
                    .hasMessageContaining("disk full");
            assertThat(graph(store, ARTICLE).isIsomorphicWith(OntologyFiles.shapes())).isTrue();
            assertThat(store.graphNames()).containsExactly(ARTICLE);
        }
    }

    @Test
    void replaceModeFailingInItsLastFileLeavesTheStoreAsItWas(@TempDir Path dir) throws IOException {
        Path quads = sparkOutput(dir);
        // After the article and the ontology (part-00000, part-00001), a file whose second line is not N-Quads.
        String other = IriMinter.articleGraph("other.txt");
        Files.writeString(quads.resolve("part-00002"), "<urn:s> <urn:p> \"o\" <" + other + "> .\nnot n-quads\n");
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            store.replaceGraphs(Map.of(ARTICLE, OntologyFiles.shapes()));
            long before = store.size();
            assertThatThrownBy(() -> BulkLoader.load(store, List.of(quads), BulkLoader.Mode.REPLACE, QUIET))
                    .isInstanceOf(RuntimeException.class);
            assertThat(graph(store, ARTICLE).isIsomorphicWith(OntologyFiles.shapes())).isTrue();
            assertThat(store.graphNames()).containsExactly(ARTICLE);
            assertThat(store.size()).isEqualTo(before);
        }
    }

    @Test
    void aFolderWithoutRdfFilesIsAUserError(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("quads"));
        Files.writeString(empty.resolve("_SUCCESS"), "");
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            assertThatThrownBy(() -> BulkLoader.load(store, List.of(empty),
                    BulkLoader.Mode.BULK, QUIET)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no RDF files");
        }
    }
}
