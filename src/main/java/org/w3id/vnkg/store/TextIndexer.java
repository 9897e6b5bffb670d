package org.w3id.vnkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.Term;

/**
 * Rebuilds the Lucene text index of the names in a store (jena-text), from scratch, as the Fuseki configuration
 * describes it (the {@code text:TextIndexLucene} resource: folder, analyzer, indexed predicates).
 * <pre>
 *   Model config = KgServer.builder(store).config();     // text:directory = STORE/text-index
 *   int names = TextIndexer.rebuild(kg, config);
 * </pre>
 * {@code kg build} loads articles into TDB2 directly, not through the text dataset, so the index would not see
 * those writes; rebuilding it after a build keeps it equal to the store (graphs replaced or removed included).
 * The same (subject, name) found in several article graphs is indexed once.
 */
public final class TextIndexer {
    /** The index folder inside a store folder. */
    public static final String FOLDER = "text-index";

    private TextIndexer() {
    }

    /** Deletes the index folder named in the configuration, then indexes every name of the dataset. Returns how many. */
    public static int rebuild(KgStore store, Model config) {
        Dataset dataset = store.dataset();
        TextQuery.init();
        Resource spec = indexSpec(config);
        Path folder = Path.of(spec.getRequiredProperty(TextVocab.pDirectory).getString());
        deleteFolder(folder);
        TextIndex index = (TextIndex) Assembler.general().open(spec);
        try {
            EntityDefinition def = index.getDocDef();
            Set<Node> predicates = new HashSet<>();
            for (String field : def.fields()) {
                predicates.addAll(def.getPredicates(field));
            }
            int count = Txn.calculateRead(dataset, () -> index(dataset.asDatasetGraph(), predicates, def, index));
            index.commit();
            return count;
        } finally {
            index.close();
        }
    }

    /**
     * Opens the existing index of the configuration to keep it up to date with a few changes at a time (one
     * re-ingested article): cheaper than {@link #rebuild} by the size of the store. Close it to release the index.
     */
    public static Updater updater(Model config) {
        TextQuery.init();
        return new Updater((TextIndex) Assembler.general().open(indexSpec(config)));
    }

    /** An open index that re-indexes the names of the subjects a change touched. */
    public static final class Updater implements AutoCloseable {
        private final TextIndex index;
        private final EntityDefinition def;
        private final Set<Node> predicates = new HashSet<>();

        private Updater(TextIndex index) {
            this.index = index;
            this.def = index.getDocDef();
            for (String field : def.fields()) {
                predicates.addAll(def.getPredicates(field));
            }
        }

        /**
         * Brings the index up to date after triples were removed and added (committed already): every subject
         * one of them names gets its documents replaced by the names the store now holds for it, in any graph, so
         * a name still given by another article stays and one no longer given anywhere goes. Returns the subjects
         * re-indexed.
         */
        public int update(KgStore store, List<Triple> removed, List<Triple> added) {
            Set<Node> subjects = new LinkedHashSet<>();
            for (List<Triple> ts : List.of(removed, added)) {
                for (Triple t : ts) {
                    if (t.getSubject().isURI() && t.getObject().isLiteral() && predicates.contains(t.getPredicate())) {
                        subjects.add(t.getSubject());
                    }
                }
            }
            if (subjects.isEmpty()) {
                return 0;
            }
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                for (Node s : subjects) {
                    deleteDocuments(s);
                    Set<List<Node>> seen = new HashSet<>();
                    for (Node p : predicates) {
                        for (var it = dsg.find(Node.ANY, s, p, Node.ANY); it.hasNext(); ) {
                            Quad q = it.next();
                            if (q.getObject().isLiteral() && seen.add(List.of(p, q.getObject()))) {
                                Entity entity = TextQueryFuncs.entityFromQuad(def, q);
                                if (entity != null) {
                                    index.addEntity(entity);
                                }
                            }
                        }
                    }
                }
            });
            index.commit();
            return subjects.size();
        }

        private void deleteDocuments(Node subject) {
            if (!(index instanceof TextIndexLucene lucene)) {
                throw new IllegalStateException("the text index is not a Lucene index: " + index.getClass());
            }
            try {
                lucene.getIndexWriter().deleteDocuments(new Term(def.getEntityField(), subject.getURI()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update the text index", e);
            }
        }

        @Override
        public void close() {
            index.close();
        }
    }

    /**
     * Indexes every (subject, name) once. TDB2 answers a find by predicate from its POSG index, so the copies of
     * one triple in several article graphs come one after the other: comparing with the previous quad drops them
     * without remembering every name of the store (a copy out of order is only indexed twice, never lost).
     */
    private static int index(DatasetGraph dsg, Set<Node> predicates, EntityDefinition def, TextIndex index) {
        int count = 0;
        for (Node p : predicates) {
            Triple previous = null;
            for (var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                Triple t = q.asTriple();
                if (!q.getObject().isLiteral() || t.equals(previous)) {
                    continue;
                }
                previous = t;
                Entity entity = TextQueryFuncs.entityFromQuad(def, q);
                if (entity != null) {
                    index.addEntity(entity);
                    count++;
                }
            }
        }
        return count;
    }

    private static Resource indexSpec(Model config) {
        List<Statement> specs = config.listStatements(null, TextVocab.pDirectory, (String) null).toList();
        if (specs.size() != 1) {
            throw new IllegalStateException("the Fuseki configuration must have one text:directory, found "
                    + specs.size());
        }
        return specs.get(0).getSubject();
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old text index " + folder, e);
        }
    }
}
