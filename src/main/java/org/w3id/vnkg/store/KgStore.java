package org.w3id.vnkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * A TDB2 store on disk: articles go in as named graphs, queries run over their union.
 * <pre>
 *   try (KgStore store = KgStore.open(Path.of("data/store"))) {
 *       store.replaceGraphs(Map.of(graphName, model));    // one transaction
 *       store.query("SELECT ...", ResultSetLang.RS_CSV, System.out);
 *   }
 * </pre>
 * Only one process may open a store at a time (TDB2 locks it); in one process, all opens share it.
 */
public final class KgStore implements AutoCloseable {
    /** The file listing the articles changed since the inferred graph was last rebuilt. */
    public static final String LINK_PENDING = "link-pending.txt";
    /** Read and parsed once: every article of a build into a store holding data, and every re-ingest, looks one up. */
    private static final QueryTemplate ARTICLE_BY_HASH = QueryTemplate.load("queries/article-by-hash.rq");

    private final Dataset dataset;
    private final Path location;
    private final Set<String> pending = new HashSet<>();

    private KgStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
    }

    /** Opens, creating it if needed, the store in a folder. */
    public static KgStore open(Path dir) {
        try {
            return new KgStore(TDB2Factory.connectDataset(dir.toAbsolutePath().toString()), dir.toAbsolutePath());
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            // TDB2 lets one process at a time open a store: say which store, not a stack trace.
            throw new IllegalArgumentException("store " + dir + " is in use by another process (a running kg serve"
                    + " or build?): " + e.getMessage(), e);
        }
    }

    /** An in-memory store, for tests. */
    public static KgStore inMemory() {
        return new KgStore(TDB2Factory.createDataset(), null);
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path location() {
        return location;
    }

    /** What replacing one named graph changed: triples removed from it and added to it. */
    public record Change(Node graph, List<Triple> removed, List<Triple> added) {
        public boolean none() {
            return removed.isEmpty() && added.isEmpty();
        }
    }

    /**
     * Replaces a named graph with the triples of an N-Triples file, read as a stream in one write transaction: the
     * way to write a graph too large to hold in memory (the inferred graph of a large corpus). Returns the number of
     * triples the graph holds afterwards.
     */
    public long replaceGraphFromFile(String name, Path ntriples) {
        Node g = NodeFactory.createURI(name);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(g);
            Graph target = dsg.getGraph(g);
            RDFParser.source(ntriples).lang(Lang.NTRIPLES).parse(StreamRDFLib.graph(target));
            return (long) target.size();
        });
    }

    /**
     * Fills an empty named graph from an N-Triples file with Jena's parallel bulk loader (the loader behind
     * {@code tdb2.tdbloader}), several times faster than the transaction of {@link #replaceGraphFromFile}. Like every
     * bulk load it is for a store that is thrown away if the load fails: {@code kg build} uses it on the new store it
     * fills under a temporary name. Returns the number of triples loaded.
     */
    public long loadEmptyGraphInBulk(String name, Path ntriples) {
        Node g = NodeFactory.createURI(name);
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (!isGraphEmpty(name)) {
            throw new IllegalStateException("graph " + name + " of " + location + " is not empty: the bulk loader only fills empty graphs");
        }
        DataLoader loader = LoaderFactory.parallelLoader(dsg, g, (fmt, args) -> { });
        loader.startBulk();
        try {
            RDFParser.source(ntriples).lang(Lang.NTRIPLES).parse(loader.stream());
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        loader.finishBulk();
        // Triples streamed into a named graph are counted as quads.
        return loader.countTriples() + loader.countQuads();
    }

    /** Whether the named graph holds no triples. */
    public boolean isGraphEmpty(String name) {
        Node g = NodeFactory.createURI(name);
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dataset, () -> !dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** Runs a SELECT query over the union of the named graphs and hands each row to {@code row}, without copying
     * the result: for inputs too large to hold. Rows are only valid inside the call. */
    public void selectEach(String sparql, Consumer<QuerySolution> row) {
        Query query = QueryFactory.create(sparql);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }

    /** Replaces each named graph with its new content, all in one write transaction. */
    public void replaceGraphs(Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((name, model) -> apply(diff(name, model.getGraph()))));
    }

    /**
     * Replaces one named graph, writing only the difference between its stored and its new content, and
     * returns the triples removed and added. One edited in a few facts touches only those triples in the six quad
     * indexes, where removing the whole graph and adding it back rewrites every triple of it. The difference is
     * found once, under the write lock; a graph re-ingested unchanged aborts the transaction, which writes and syncs
     * nothing (a commit syncs every index file of the store, even when empty). {@code beforeCommit} hears a
     * non-empty change inside the write transaction, before it commits; if it throws, nothing is written.
     */
    public Change replaceGraph(String name, Model model, Consumer<Change> beforeCommit) {
        Change[] change = new Change[1];
        inWriteTransaction(() -> {
            change[0] = replaceGraphWithin(name, model);
            if (change[0].none()) {
                return false;
            }
            beforeCommit.accept(change[0]);
            return true;
        });
        return change[0];
    }

    /**
     * Runs {@code work} in one write transaction and commits it when {@code work} returns true; aborts it, which
     * writes and syncs nothing, when it returns false or throws. One commit costs the same fsyncs of every index
     * file whatever it holds, so several re-ingests that arrive together share one ({@code kg ingest} of many
     * files). Reads inside {@code work} (queries included) see its own writes.
     */
    public boolean inWriteTransaction(BooleanSupplier work) {
        dataset.begin(TxnType.WRITE);
        try {
            if (!work.getAsBoolean()) {
                dataset.abort();
                return false;
            }
            dataset.commit();
            return true;
        } catch (RuntimeException | Error e) {
            if (dataset.isInTransaction()) {
                dataset.abort();
            }
            throw e;
        } finally {
            dataset.end();
        }
    }

    /**
     * Inside {@link #inWriteTransaction}: replaces one named graph by writing only the difference between its
     * stored content (as this transaction sees it) and {@code model}, and returns that difference.
     */
    public Change replaceGraphWithin(String name, Model model) {
        if (!dataset.isInTransaction() || dataset.transactionMode() != ReadWrite.WRITE) {
            throw new IllegalStateException("replaceGraphWithin needs a write transaction (inWriteTransaction)");
        }
        Change change = diff(name, model.getGraph());
        if (!change.none()) {
            apply(change);
        }
        return change;
    }

    /** The stored graph against the new one, triple by triple, inside a transaction. */
    private Change diff(String name, Graph fresh) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node g = NodeFactory.createURI(name);
        // Compared as TDB2 stores them: numbers, dates and booleans by value ("13"^^xsd:decimal reads back as
        // "13.0"), so the same triple written two ways is neither removed nor added.
        Set<Triple> freshStored = new HashSet<>();
        fresh.find().forEachRemaining(t -> freshStored.add(asStored(t)));
        Set<Triple> oldStored = new HashSet<>();
        List<Triple> removed = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Triple t = q.asTriple();
            oldStored.add(asStored(t));
            if (!freshStored.contains(asStored(t))) {
                removed.add(t);
            }
        });
        List<Triple> added = new ArrayList<>();
        fresh.find().forEachRemaining(t -> {
            if (!oldStored.contains(asStored(t))) {
                added.add(t);
            }
        });
        return new Change(g, removed, added);
    }

    /**
     * Writes a change inside a write transaction: deletes first, then adds. A typed literal (number, date, boolean)
     * cannot always be deleted by the node TDB2 reads back: "43"^^xsd:decimal is kept inline with its scale and
     * read as "43.0", which names another value, and "21790000000000"^^xsd:decimal is read as
     * "21790000000000.0", whose scale no longer fits an inline id, so a delete by that node finds nothing and the
     * triple stays for good. Such a triple is deleted by the stored ids of its subject and predicate, keeping the
     * rows whose object reads back as the removed one (the removed triples are read from the store, so they match).
     */
    private void apply(Change change) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node g = change.graph();
        NodeTupleTable quads = null;
        for (Triple t : change.removed()) {
            if (!isTypedNonString(t.getObject())) {
                dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
                continue;
            }
            if (quads == null) {
                quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
            }
            NodeTupleTable table = quads;
            List<Tuple<NodeId>> rows = new ArrayList<>();
            // As TDB2's own removeAll does: by stored ids, collected first, deleted after the scan.
            table.findAsNodeIds(g, t.getSubject(), t.getPredicate(), Node.ANY).forEachRemaining(row -> {
                if (table.getNodeTable().getNodeForNodeId(row.get(3)).equals(t.getObject())) {
                    rows.add(row);
                }
            });
            rows.forEach(table.getTupleTable()::delete);
        }
        change.added().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** A literal TDB2 may keep inline (any datatype but the two string ones, which it never inlines). */
    private static boolean isTypedNonString(Node o) {
        if (!o.isLiteral()) {
            return false;
        }
        String dt = o.getLiteralDatatypeURI();
        return !XSDDatatype.XSDstring.getURI().equals(dt) && !RDF.dtLangString.getURI().equals(dt);
    }

    /** A triple as TDB2 gives it back: an inlined literal (number, date, boolean) in its canonical form. */
    private static Triple asStored(Triple t) {
        Node o = t.getObject();
        if (!o.isLiteral()) {
            return t;
        }
        NodeId inline = NodeIdInline.inline(o);
        return inline == null ? t : Triple.create(t.getSubject(), t.getPredicate(), NodeIdInline.extract(inline));
    }

    /**
     * Records that the inferred graph no longer reflects this article file (re-ingested without relinking), in
     * {@value #LINK_PENDING} in the store folder; {@link #clearLinkPending} empties the list once the inferred graph
     * is rebuilt. Call it inside the transaction that changes the article, before its commit: a crash in between
     * leaves a needless mark, never a missing one.
     */
    public void markLinkPending(String file) {
        synchronized (pending) {
            if (!pending.add(file) || location == null) {
                return;
            }
            try {
                Files.writeString(location.resolve(LINK_PENDING), file + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + location.resolve(LINK_PENDING), e);
            }
        }
    }

    /** The article files changed since the inferred graph was last rebuilt (see {@link #markLinkPending}). */
    public Set<String> linkPending() {
        synchronized (pending) {
            Set<String> all = new TreeSet<>(pending);
            if (location != null && Files.exists(location.resolve(LINK_PENDING))) {
                try {
                    Files.readAllLines(location.resolve(LINK_PENDING), StandardCharsets.UTF_8).stream()
                            .filter(l -> !l.isBlank()).forEach(all::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + location.resolve(LINK_PENDING), e);
                }
            }
            return all;
        }
    }

    /** The inferred graph was rebuilt from every article: nothing is pending any more. */
    public void clearLinkPending() {
        synchronized (pending) {
            pending.clear();
            if (location != null) {
                try {
                    Files.deleteIfExists(location.resolve(LINK_PENDING));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + location.resolve(LINK_PENDING), e);
                }
            }
        }
    }

    /** Removes named graphs, in one write transaction. */
    public void removeGraphs(List<String> names) {
        Txn.executeWrite(dataset, () -> names.forEach(dataset::removeNamedModel));
    }

    /**
     * Compacts the store on disk: TDB2 appends on every commit and never reuses space, so a store that took
     * many transactions is rewritten into a fresh generation holding only live data, and the old one deleted.
     * Does nothing for an in-memory store.
     */
    public void compact() {
        if (location != null) {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        }
    }

    /** Whether the store holds no quads at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
    }

    /**
     * Closes the store and lets go of its folder (TDB2 keeps every store it opened, and its lock, for the life of
     * the process): the folder can then be moved or deleted. No other user of the store in this process may
     * remain.
     */
    public void release() {
        dataset.close();
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    /** The number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    /** Runs a SPARQL query over the union of the named graphs, writing results in a SPARQL result format
     * ({@code ResultSetLang.RS_CSV}, {@code RS_JSON} ...); CONSTRUCT and DESCRIBE results are written as Turtle. */
    public void query(String sparql, Lang format, OutputStream out) {
        query(QueryFactory.create(sparql), format, out);
    }

    /** Runs a parsed query, such as one from {@link QueryTemplate}, as {@link #query(String, Lang, OutputStream)}. */
    public void query(Query query, Lang format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                if (query.isSelectType()) {
                    ResultSetFormatter.output(out, qe.execSelect(), format);
                } else if (query.isAskType()) {
                    ResultSetFormatter.output(out, qe.execAsk(), format);
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
                } else if (query.isDescribeType()) {
                    RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
                } else {
                    throw new IllegalArgumentException("not a query this command runs: " + query.queryType());
                }
            }
        });
    }

    /**
     * The file names of the article graphs already holding a text with this content hash, by graph name:
     * the build loads one article once, even when it comes back under another name in a later build.
     */
    public Map<String, String> articlesWithContentHash(String hash) {
        Query q = ARTICLE_BY_HASH.bind("hash", hash).query();
        return Txn.calculateRead(dataset, () -> {
            Map<String, String> found = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(row ->
                        found.put(row.getResource("graph").getURI(), row.getLiteral("file").getString()));
            }
            return found;
        });
    }

    /** The names of the named graphs, in one read transaction. */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.listNames().forEachRemaining(names::add);
            return names;
        });
    }

    /** A copy of one named graph, empty when the store has no such graph. */
    public Model graph(String name) {
        return Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(name)));
    }

    /** Runs a SELECT query over the union of the named graphs and returns its rows, copied out of the
     * transaction so they can be read after it. Named graphs stay reachable with {@code GRAPH ?g}. */
    public List<QuerySolution> select(String sparql) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    /** Writes every named graph in an RDF dataset format (TriG, N-Quads, JSON-LD). */
    public void export(Lang lang, OutputStream out) {
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, lang));
    }

    @Override
    public void close() {
        dataset.close();
    }
}
