package org.w3id.vnkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.serve.KgServer;

/**
 * The text index kept up to date one article at a time: only names that appear in or vanish from the union of the
 * articles change it, and what is not yet committed is marked so that an interrupted ingest is seen.
 */
class TextIndexUpdaterTest {
    private static final Property NAME = ResourceFactory.createProperty("https://schema.org/name");
    private static final String CUONG = "https://w3id.org/vnkg/id/person/test-cuong";
    private static final String HONG = "https://w3id.org/vnkg/id/person/test-hong";
    private static final String A = "https://w3id.org/vnkg/id/graph/a.txt";
    private static final String B = "https://w3id.org/vnkg/id/graph/b.txt";

    private static Model names(String... uriAndName) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < uriAndName.length; i += 2) {
            m.add(m.createResource(uriAndName[i]), NAME, m.createLiteral(uriAndName[i + 1], "vi"));
        }
        return m;
    }

    @Test
    void reindexesOnlyNamesTheUnionGainsOrLosesAndMarksWhatIsUncommitted(@TempDir Path dir) throws IOException {
        Path storeDir = dir.resolve("store");
        Model config = KgServer.builder(storeDir).config();
        try (KgStore kg = KgStore.open(storeDir)) {
            kg.replaceGraphs(Map.of(A, names(CUONG, "Lương Cường", HONG, "Lê Thị Thu Hồng"),
                    B, names(CUONG, "Lương Cường")));
            TextIndexer.rebuild(kg, config);
            assertThat(TextIndexer.isComplete(storeDir)).isTrue();
            try (TextIndexer.Updater updater = TextIndexer.updater(config)) {
                // Article a drops Lương Cường (still named by b) and renames Hồng: only Hồng's subject changes.
                KgStore.Change renamed = kg.replaceGraph(A, names(HONG, "Lê Thị Thu Hà"), c -> updater.beforeStoreCommit());
                assertThat(TextIndexer.isComplete(storeDir)).isFalse();
                assertThat(updater.update(kg, renamed)).isEqualTo(1);
                // a names Lương Cường again, as b does already: the union's names are the same.
                KgStore.Change again = kg.replaceGraph(A, names(HONG, "Lê Thị Thu Hà", CUONG, "Lương Cường"),
                        c -> updater.beforeStoreCommit());
                assertThat(again.added()).hasSize(1);
                assertThat(updater.update(kg, again)).isZero();
                // b stops naming him; a still does.
                KgStore.Change dropped = kg.replaceGraph(B, names(), c -> updater.beforeStoreCommit());
                assertThat(updater.update(kg, dropped)).isZero();
                assertThat(TextIndexer.isComplete(storeDir)).isFalse();
            }
            assertThat(TextIndexer.isComplete(storeDir)).isTrue();
            assertThat(indexedNames(storeDir, HONG)).containsExactly("Lê Thị Thu Hà");
            assertThat(indexedNames(storeDir, CUONG)).containsExactly("Lương Cường");

            try (TextIndexer.Updater updater = TextIndexer.updater(config)) {
                // The last article naming him drops the name: it leaves the index.
                KgStore.Change gone = kg.replaceGraph(A, names(HONG, "Lê Thị Thu Hà"), c -> updater.beforeStoreCommit());
                assertThat(updater.update(kg, gone)).isEqualTo(1);
            }
            assertThat(indexedNames(storeDir, CUONG)).isEmpty();
            assertThat(indexedNames(storeDir, HONG)).containsExactly("Lê Thị Thu Hà");
        }
    }

    @Test
    void anIndexLeftUncommittedIsIncompleteUntilRebuilt(@TempDir Path dir) throws IOException {
        Path storeDir = dir.resolve("store");
        Model config = KgServer.builder(storeDir).config();
        try (KgStore kg = KgStore.open(storeDir)) {
            kg.replaceGraphs(Map.of(A, names(HONG, "Lê Thị Thu Hồng")));
            assertThat(TextIndexer.isComplete(storeDir)).isFalse();
            TextIndexer.rebuild(kg, config);
            try (TextIndexer.Updater updater = TextIndexer.updater(config)) {
                kg.replaceGraph(A, names(HONG, "Lê Thị Thu Hà"), c -> updater.beforeStoreCommit());
                // Were the process to stop here, the store would have the change and the index not.
                assertThat(TextIndexer.isComplete(storeDir)).isFalse();
            }
            // As a stopped process leaves it: the marker without the commit.
            Files.createFile(storeDir.resolve("text-index.uncommitted"));
            assertThat(TextIndexer.isComplete(storeDir)).isFalse();
            TextIndexer.rebuild(kg, config);
            assertThat(TextIndexer.isComplete(storeDir)).isTrue();
            assertThat(indexedNames(storeDir, HONG)).containsExactly("Lê Thị Thu Hà");
        }
    }

    private static List<String> indexedNames(Path storeDir, String uri) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(storeDir.resolve(TextIndexer.FOLDER)))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> names = new ArrayList<>();
            for (ScoreDoc d : searcher.search(new TermQuery(new Term("uri", uri)), 10).scoreDocs) {
                names.add(searcher.storedFields().document(d.doc).get("name"));
            }
            return names;
        }
    }
}
