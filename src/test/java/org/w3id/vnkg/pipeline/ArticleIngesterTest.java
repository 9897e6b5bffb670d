package org.w3id.vnkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.link.LinkData;
import org.w3id.vnkg.link.Linker;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.serve.KgServer;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

/** Single articles re-ingested into a store: the graph a build stores, the text index kept, linking deferred. */
class ArticleIngesterTest {
    private static final Path SAMPLE = Path.of("corpus/sample/001_33591164b049cd22.txt");

    @Test
    void reingestsAnEditedArticleExactlyAndDefersOnlyTheLinking(@TempDir Path dir) throws IOException {
        Path storeDir = dir.resolve("store");
        Model config = KgServer.builder(storeDir).config();
        ArticleProcessor processor = new ArticleProcessor(new ArticlePipeline(), new FactMapper("test"));
        String file = SAMPLE.getFileName().toString();
        // The same file edited: one official renamed (sample 001 names Lê Thị Thu Hồng twice).
        Path edited = Files.createDirectories(dir.resolve("edited")).resolve(file);
        Files.writeString(edited, Files.readString(SAMPLE, StandardCharsets.UTF_8)
                .replace("Lê Thị Thu Hồng", "Lê Thị Thu Hà"), StandardCharsets.UTF_8);
        try (KgStore store = KgStore.open(storeDir)) {
            TextIndexer.rebuild(store, config);
            try (ArticleIngester ingester = new ArticleIngester(processor, store, TextIndexer.updater(config))) {
                ArticleIngester.Outcome first = ingester.ingest(SAMPLE);
                assertThat(first.failure()).isNull();
                assertThat(store.graph(IriMinter.articleGraph(file))
                        .isIsomorphicWith(processor.process(SAMPLE).graph())).isTrue();
                assertThat(store.linkPending()).containsExactly(file);
                new Linker(LinkData.standard()).link(store);
                assertThat(store.linkPending()).isEmpty();

                ArticleIngester.Outcome again = ingester.ingest(SAMPLE);
                assertThat(again.removed() + again.added()).isZero();
                assertThat(store.linkPending()).isEmpty();

                ArticleIngester.Outcome changed = ingester.ingest(edited);
                assertThat(changed.removed()).isPositive();
                assertThat(changed.added()).isPositive();
                // The thread's own CPU: some, never more than the wall time it took.
                assertThat(changed.cpuMs()).isPositive().isLessThanOrEqualTo(changed.totalMs() + 1);
                // The text index is not committed per article: marked as behind until the ingester closes.
                assertThat(TextIndexer.isComplete(storeDir)).isFalse();
                assertThat(store.graph(IriMinter.articleGraph(file))
                        .isIsomorphicWith(processor.process(edited).graph())).isTrue();
                assertThat(store.linkPending()).containsExactly(file);
                // The renamed official is in the entities graph at once, before any link: the query library looks
                // names up there.
                assertThat(store.graph(IriMinter.entitiesGraph()).contains(
                        ResourceFactory.createResource(IriMinter.person("Lê Thị Thu Hà")),
                        ResourceFactory.createProperty("https://schema.org/name"), "Lê Thị Thu Hà")).isTrue();
            }
        }
        assertThat(TextIndexer.isComplete(storeDir)).isTrue();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(storeDir.resolve(TextIndexer.FOLDER)))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(searcher.count(new TermQuery(new Term("uri", IriMinter.person("Lê Thị Thu Hồng"))))).isZero();
            assertThat(searcher.count(new TermQuery(new Term("uri", IriMinter.person("Lê Thị Thu Hà"))))).isPositive();
            assertThat(searcher.count(new TermQuery(new Term("uri", IriMinter.person("Lương Cường"))))).isPositive();
        }
    }

    @Test
    void aBatchInOneTransactionStoresWhatOneByOneWouldAndIndexesANameTwoOfItsArticlesAdd(@TempDir Path dir)
            throws IOException {
        Path storeDir = dir.resolve("store");
        Model config = KgServer.builder(storeDir).config();
        ArticleProcessor processor = new ArticleProcessor(new ArticlePipeline(), new FactMapper("test"));
        Path a = Path.of("corpus/sample/001_33591164b049cd22.txt");
        Path b = Path.of("corpus/sample/004_65fc4686f071d328.txt");
        Path c = Path.of("corpus/sample/002_5bfcb5e402b5767e.txt");
        // Two articles of one batch each renaming an official to the same new person: the name is new to the
        // union when the first of them adds it, not when the second does.
        Path editedDir = Files.createDirectories(dir.resolve("edited"));
        Path a2 = editedDir.resolve(a.getFileName());
        Files.writeString(a2, Files.readString(a, StandardCharsets.UTF_8).replace("Lê Thị Thu Hồng", "Trần Văn Mới"),
                StandardCharsets.UTF_8);
        Path b2 = editedDir.resolve(b.getFileName());
        Files.writeString(b2, Files.readString(b, StandardCharsets.UTF_8).replace("Nguyễn Đăng Bình", "Trần Văn Mới"),
                StandardCharsets.UTF_8);
        try (KgStore store = KgStore.open(storeDir)) {
            TextIndexer.rebuild(store, config);
            try (ArticleIngester ingester = new ArticleIngester(processor, store, TextIndexer.updater(config))) {
                assertThat(ingester.ingestAll(List.of(a, b))).extracting(ArticleIngester.Outcome::failure)
                        .containsOnlyNulls();
                List<ArticleIngester.Outcome> edits = ingester.ingestAll(List.of(a2, b2, c));
                assertThat(edits).extracting(ArticleIngester.Outcome::failure).containsOnlyNulls();
                assertThat(edits.get(0).removed() + edits.get(0).added()).isPositive();
                assertThat(edits.get(2).removed()).isZero();
                // What the same files ingested one by one, each in its own transaction, leave in a store.
                try (KgStore oneByOne = KgStore.inMemory();
                     ArticleIngester single = new ArticleIngester(processor, oneByOne, null)) {
                    List.of(a, b, a2, b2, c).forEach(single::ingest);
                    for (Path f : List.of(a2, b2, c)) {
                        String graph = IriMinter.articleGraph(f.getFileName().toString());
                        assertThat(store.graph(graph).isIsomorphicWith(oneByOne.graph(graph))).as(f.toString()).isTrue();
                    }
                }
                // The same texts again: nothing removed, nothing added, no quad more.
                long size = store.size();
                assertThat(ingester.ingestAll(List.of(a2, b2, c)))
                        .allSatisfy(o -> assertThat(o.removed() + o.added()).isZero());
                assertThat(store.size()).isEqualTo(size);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(storeDir.resolve(TextIndexer.FOLDER)))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(searcher.count(new TermQuery(new Term("uri", IriMinter.person("Trần Văn Mới"))))).isPositive();
            assertThat(searcher.count(new TermQuery(new Term("uri", IriMinter.person("Lê Thị Thu Hồng"))))).isZero();
            assertThat(searcher.count(new TermQuery(new Term("uri", IriMinter.person("Nguyễn Đăng Bình"))))).isZero();
        }
    }

    /**
     * The consolidated figures follow a re-ingest once linked ({@code kg ingest --link}, or {@code kg link} later):
     * sample 001 and a copy that renames an official report the same GRDP growth (one fact, two sources); the copy
     * re-ingested with another value moves its source to a new fact.
     */
    @Test
    void reingestingAnArticleWhoseFigureChangedMovesItsSourceToANewFact(@TempDir Path dir) throws IOException {
        ArticleProcessor processor = new ArticleProcessor(new ArticlePipeline(), new FactMapper("test"));
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        assertThat(text).contains("(GRDP) đạt 14,14%");
        Path copy = dir.resolve("001_copy.txt");
        Files.writeString(copy, text.replace("Lê Thị Thu Hồng", "Lê Thị Thu Hà"), StandardCharsets.UTF_8);
        Path changed = Files.createDirectories(dir.resolve("edited")).resolve("001_copy.txt");
        Files.writeString(changed, text.replace("Lê Thị Thu Hồng", "Lê Thị Thu Hà")
                .replace("(GRDP) đạt 14,14%", "(GRDP) đạt 14,41%"), StandardCharsets.UTF_8);
        String sample = SAMPLE.getFileName().toString();
        try (KgStore store = KgStore.inMemory();
             ArticleIngester ingester = new ArticleIngester(processor, store, null)) {
            assertThat(ingester.ingestAll(List.of(SAMPLE, copy))).extracting(ArticleIngester.Outcome::failure)
                    .containsOnlyNulls();
            Linker linker = new Linker(LinkData.standard());
            linker.link(store);
            assertThat(consolidatedFigures(store)).containsExactly("14.14,2," + sample + " 001_copy.txt");

            assertThat(ingester.ingest(changed).failure()).isNull();
            assertThat(store.linkPending()).containsExactly("001_copy.txt");
            linker.link(store);   // what kg ingest --link runs
            assertThat(consolidatedFigures(store)).containsExactly("14.14,1," + sample, "14.41,1,001_copy.txt");
        }
    }

    /** The consolidated figures of the store: value, report count and the articles of their sources. */
    private static List<String> consolidatedFigures(KgStore store) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        store.query("""
                PREFIX kg: <https://w3id.org/vnkg/ontology#>
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?value ?reports (GROUP_CONCAT(?doc; separator=" ") AS ?docs) WHERE {
                  { SELECT ?f ?value ?reports ?doc WHERE {
                      GRAPH <https://w3id.org/vnkg/graph/inferred> {
                        ?f qb:dataSet kg:consolidatedFigures ; kg:value ?value ; kg:reportCount ?reports ;
                           prov:wasDerivedFrom ?obs }
                      GRAPH ?g { ?obs kg:evidence/kg:inArticle/kg:fileName ?doc }
                    } ORDER BY ?doc }
                } GROUP BY ?f ?value ?reports ORDER BY ?value""",
                org.apache.jena.riot.resultset.ResultSetLang.RS_CSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    }

    @Test
    void twoFilesOfOneBatchWithTheSameTextLoadOnce(@TempDir Path dir) throws IOException {
        ArticleProcessor processor = new ArticleProcessor(new ArticlePipeline(), new FactMapper("test"));
        Path copy = dir.resolve("copy_of_001.txt");
        Files.copy(SAMPLE, copy);
        try (KgStore store = KgStore.inMemory();
             ArticleIngester ingester = new ArticleIngester(processor, store, null)) {
            List<ArticleIngester.Outcome> outcomes = ingester.ingestAll(List.of(SAMPLE, copy));
            assertThat(outcomes.get(0).failure()).isNull();
            assertThat(outcomes.get(1).failure()).isEqualTo("same text as " + SAMPLE.getFileName());
            // one article graph (the entities graph holds what it names)
            assertThat(store.graphNames()).containsExactlyInAnyOrder(
                    IriMinter.articleGraph(SAMPLE.getFileName().toString()), IriMinter.entitiesGraph());
        }
    }
}
