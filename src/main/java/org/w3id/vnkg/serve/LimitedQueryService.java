package org.w3id.vnkg.serve;

import java.util.concurrent.TimeUnit;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.web.HttpSC;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query handler with a cap on the rows of an answer and on its time: a query without LIMIT, or
 * with a larger one, runs with LIMIT {@code max}, and within the timeout. This keeps one client from holding the
 * server or pulling the whole store in one request; a client pages with LIMIT and OFFSET instead.
 * <pre>
 *   FusekiServer.create().registerOperation(Operation.Query, new LimitedQueryService(10_000, "10000,60000")) ...
 * </pre>
 * The timeout is set on each request's own context. Set in the server's configuration instead, Fuseki would copy
 * it into Jena's global context, where it times every query the process runs, its own included.
 * <p>
 * Parsing is the largest cost of a small query after its execution (0.3 ms for the who-held bench query, a fifth
 * of the server's time), so a query's comments are cut before it is parsed ({@link SparqlComments}), and the
 * queries parsed last are kept by their text, up to {@value #PARSED_CHARACTERS} characters of it in all (a parsed
 * query takes some times its text's memory; weighing by text keeps a few huge VALUES blocks from filling the heap):
 * a web page or a dashboard sends the same queries again and again. Each request runs on its own copy (3 µs), since
 * the row cap and Fuseki's dataset choice change the query they are given. The request log line is only written, and so only formatted, when it is on.
 */
public final class LimitedQueryService extends SPARQL_QueryDataset {
    static final int PARSED_CHARACTERS = 2_000_000;

    private final long max;
    private final String timeout;
    private final Cache<String, Query> parsed = CacheBuilder.newBuilder().maximumWeight(PARSED_CHARACTERS)
            .weigher((String text, Query query) -> text.length()).build();

    /**
     * @param max     the most rows of an answer
     * @param timeout milliseconds to the first result and in all ("10000,60000"), or one figure for the whole query; null
     *                for none
     */
    public LimitedQueryService(long max, String timeout) {
        if (max < 1) {
            throw new IllegalArgumentException("result limit must be positive: " + max);
        }
        if (timeout != null && Timeouts.parseTimeoutStr(timeout, TimeUnit.MILLISECONDS) == null) {
            throw new IllegalArgumentException("not a query timeout (milliseconds, as 10000 or 10000,60000): " + timeout);
        }
        this.max = max;
        this.timeout = timeout;
    }

    /** Fuseki's query request (parse, choose the dataset, run, send) with the parse cached and the log line lazy. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        String text = queryString == null ? "" : SparqlComments.strip(queryString);
        if (text.isBlank()) {
            ServletOps.errorBadRequest("Error: Empty query string");
        }
        if (action.log.isInfoEnabled()) {
            action.log.info(String.format("[%d] Query = %s", action.id, ServletOps.formatForLog(text)));
        }
        Query query = parse(text, action).cloneQuery();
        validateQuery(action, query);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> decided = decideDataset(action, query, text);
            Query run = decided.getRight() != null ? decided.getRight() : query;
            try (QueryExec exec = createQueryExec(action, run, decided.getLeft())) {
                sendResults(action, executeQuery(action, exec, query, text), query.getPrologue());
            }
        } catch (QueryParseException ex) {
            // a late static error, such as a bad text-index query string
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + text + "\n" + SPARQLProtocol.messageForException(ex));
        } catch (QueryCancelledException ex) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw ex;
        } finally {
            action.endRead();
        }
    }

    /** The parsed query of a text, from the cache when it was parsed before; a syntax error is the client's. */
    private Query parse(String text, HttpAction action) {
        Query query = parsed.getIfPresent(text);
        if (query != null) {
            return query;
        }
        try {
            query = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            parsed.put(text, query);
            return query;
        } catch (QueryException ex) {
            String msg = ex instanceof QueryParseException parse
                    ? SPARQLProtocol.messageForParseException(parse) : SPARQLProtocol.messageForException(ex);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, msg, null);
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (q.getLimit() == Query.NOLIMIT || q.getLimit() > max) {
            q.setLimit(max);
        }
        return decided;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (timeout != null) {
            action.getContext().set(ARQ.queryTimeout, timeout);
        }
        return super.createQueryExec(action, query, dataset);
    }
}
