package org.w3id.vnkg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query handler with a cap on the rows of an answer: a query without LIMIT, or with a larger
 * one, runs with LIMIT {@code max}. With the query timeout, this keeps one client from holding the server or
 * pulling the whole store in one request; a client pages with LIMIT and OFFSET instead.
 * <pre>
 *   FusekiServer.create().registerOperation(Operation.Query, new LimitedQueryService(10_000)) ...
 * </pre>
 */
public final class LimitedQueryService extends SPARQL_QueryDataset {
    private final long max;

    public LimitedQueryService(long max) {
        if (max < 1) {
            throw new IllegalArgumentException("result limit must be positive: " + max);
        }
        this.max = max;
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
}
