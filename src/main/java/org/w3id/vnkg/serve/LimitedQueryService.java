package org.w3id.vnkg.serve;

import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
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
 * it into Jena's global context, where it times every query the process runs, its own included. A query's comments
 * are cut before it is parsed ({@link SparqlComments}): the parser reads them slowly.
 */
public final class LimitedQueryService extends SPARQL_QueryDataset {
    private final long max;
    private final String timeout;

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

    @Override
    protected void execute(String queryString, HttpAction action) {
        super.execute(queryString == null ? null : SparqlComments.strip(queryString), action);
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
