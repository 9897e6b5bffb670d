package org.w3id.vnkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.index.Term;

import org.w3id.vnkg.rdf.IriMinter;

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
            Files.deleteIfExists(uncommittedMarker(folder));
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + uncommittedMarker(folder), e);
        } finally {
            index.close();
        }
    }

    /**
     * Opens the existing index of the configuration to keep it up to date with a few changes at a time (one
     * re-ingested article): cheaper than {@link #rebuild} by the size of the store. Close it to commit and release
     * the index.
     */
    public static Updater updater(Model config) {
        TextQuery.init();
        Resource spec = indexSpec(config);
        Path folder = Path.of(spec.getRequiredProperty(TextVocab.pDirectory).getString());
        return new Updater((TextIndex) Assembler.general().open(spec), uncommittedMarker(folder));
    }

    /**
     * Whether the text index of a store folder holds every name of the store: it exists and no updater left
     * changes uncommitted (a process that stopped between an article's commit and the index's). A server or an
     * ingest rebuilds an index that is not.
     */
    public static boolean isComplete(Path storeDir) {
        Path folder = storeDir.resolve(FOLDER);
        return Files.isDirectory(folder) && !Files.exists(uncommittedMarker(folder));
    }

    /** The file that says an updater has changed the store but not yet committed the index. */
    static Path uncommittedMarker(Path indexFolder) {
        return indexFolder.resolveSibling(indexFolder.getFileName() + ".uncommitted");
    }

    /**
     * An open index that re-indexes the names of the subjects a change touched. The index is committed by
     * {@link #commit} or {@link #close}, not after every article: a Lucene commit syncs five or more files to disk
     * and starts merges, which cost more than the update itself. What is not yet committed is kept exact by a
     * marker file, written to disk before the first change it covers is committed to the store
     * ({@link #beforeStoreCommit}) and deleted after the index's commit: a process that stops in between leaves
     * it, and {@link #isComplete} then says the index must be rebuilt.
     */
    public static final class Updater implements AutoCloseable {
        private static final Node ENTITIES = NodeFactory.createURI(IriMinter.entitiesGraph());
        private final TextIndex index;
        private final EntityDefinition def;
        private final Set<Node> predicates = new HashSet<>();
        private final Path marker;
        private boolean uncommitted;

        private Updater(TextIndex index, Path marker) {
            this.index = index;
            this.def = index.getDocDef();
            this.marker = marker;
            for (String field : def.fields()) {
                predicates.addAll(def.getPredicates(field));
            }
        }

        /**
         * Call inside the store's write transaction that is about to change names, before it commits: writes the
         * marker that the index is behind the store, once until the next {@link #commit}.
         */
        public void beforeStoreCommit() {
            if (uncommitted) {
                return;
            }
            try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                ch.force(true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + marker, e);
            }
            uncommitted = true;
        }

        /**
         * Brings the index up to date after an article graph changed (committed already): {@link #touched} then
         * {@link #reindex}. Returns the subjects re-indexed.
         */
        public int update(KgStore store, KgStore.Change change) {
            Set<Node> subjects = Txn.calculateRead(store.dataset(), () -> touched(store, change));
            reindex(store, subjects);
            return subjects.size();
        }

        /**
         * The subjects whose names in the union a change altered, read in the transaction that sees the store just
         * after the change (its own write transaction, or any later one when it is the last change). A name triple
         * the change removed that another article still gives, or added that another article gave already, leaves
         * the names of the union as they were. When the transaction is still to commit, call
         * {@link #beforeStoreCommit} if the result is not empty.
         */
        public Set<Node> touched(KgStore store, KgStore.Change change) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return Txn.calculateRead(dsg, () -> {
                Set<Node> subjects = new LinkedHashSet<>();
                for (Triple t : change.removed()) {
                    if (isName(t) && !inOtherGraph(dsg, change.graph(), t)) {
                        subjects.add(t.getSubject());
                    }
                }
                for (Triple t : change.added()) {
                    if (isName(t) && !inOtherGraph(dsg, change.graph(), t)) {
                        subjects.add(t.getSubject());
                    }
                }
                return subjects;
            });
        }

        /**
         * Replaces the documents of each subject by the names the store holds for it now, in any graph, so a name
         * still given by another article stays and one no longer given anywhere goes. Call it after the store's
         * commit (the index is then behind the store, never ahead of it: {@link #beforeStoreCommit} has marked it).
         */
        public void reindex(KgStore store, Set<Node> subjects) {
            if (subjects.isEmpty()) {
                return;
            }
            beforeStoreCommit();
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
                NodeId entities = quads.getNodeTable().getNodeIdForNode(ENTITIES);
                for (Node s : subjects) {
                    deleteDocuments(s);
                    for (Node p : predicates) {
                        // A province's or a body's name is in thousands of article graphs: the copies are told
                        // apart by their node ids, and only each distinct name is read from the node table.
                        Map<NodeId, NodeId> graphOfName = new LinkedHashMap<>();
                        quads.findAsNodeIds(Node.ANY, s, p, Node.ANY)
                                .forEachRemaining(q -> {
                                    if (!q.get(0).equals(entities)) {
                                        graphOfName.putIfAbsent(q.get(3), q.get(0));
                                    }
                                });
                        graphOfName.forEach((o, g) -> {
                            Node name = quads.getNodeTable().getNodeForNodeId(o);
                            if (name.isLiteral()) {
                                Entity entity = TextQueryFuncs.entityFromQuad(def,
                                        Quad.create(quads.getNodeTable().getNodeForNodeId(g), s, p, name));
                                if (entity != null) {
                                    index.addEntity(entity);
                                }
                            }
                        });
                    }
                }
            });
        }

        private boolean isName(Triple t) {
            return t.getSubject().isURI() && t.getObject().isLiteral() && predicates.contains(t.getPredicate());
        }

        /** Whether a graph other than {@code graph} gives the triple. The entities graph does not count: it copies
         * the names of the other graphs (and keeps one an article dropped until the next link). */
        private static boolean inOtherGraph(DatasetGraph dsg, Node graph, Triple t) {
            for (var it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()); it.hasNext(); ) {
                Node g = it.next().getGraph();
                if (!g.equals(graph) && !g.equals(ENTITIES)) {
                    return true;
                }
            }
            return false;
        }

        /** Commits what was updated, then deletes the marker. */
        public void commit() {
            index.commit();
            if (uncommitted) {
                try {
                    Files.deleteIfExists(marker);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + marker, e);
                }
                uncommitted = false;
            }
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

        /** Commits and releases the index. */
        @Override
        public void close() {
            try {
                commit();
            } finally {
                index.close();
            }
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
                // The entities graph copies the names of the others, and may keep one an article dropped until the
                // next link: the index holds the names the other graphs give.
                if (!q.getObject().isLiteral() || t.equals(previous) || q.getGraph().equals(Updater.ENTITIES)) {
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
