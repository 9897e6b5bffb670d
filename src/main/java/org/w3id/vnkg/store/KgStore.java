package org.w3id.vnkg.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

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
    private final Dataset dataset;
    private final Path location;

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

    /** Replaces each named graph with its new content, all in one write transaction. */
    public void replaceGraphs(Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((name, model) -> {
            dataset.removeNamedModel(name);
            dataset.addNamedModel(name, model);
        }));
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
        Query q = QueryTemplate.load("queries/article-by-hash.rq").bind("hash", hash).query();
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
