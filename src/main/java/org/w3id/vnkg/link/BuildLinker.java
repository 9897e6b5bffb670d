package org.w3id.vnkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.ResultBinding;
import org.apache.jena.sparql.engine.QueryIterator;

import org.w3id.vnkg.rdf.SinkGraph;

/**
 * Links a new store while {@code kg build} fills it, from the article graphs as they are extracted instead of
 * reading them back from the store: the same four queries as {@link Enricher#enrich(org.w3id.vnkg.store.KgStore,
 * Model)} ({@code holdings.rq}, {@code figures-without-area.rq}, {@code areas.rq}, {@code figures.rq}) run on each
 * article's own graph, and the inferred triples go to {@code inferred} (the bulk loader) as they are made, never to a
 * file.
 * <pre>
 *   BuildLinker linker = new BuildLinker(LinkData.standard(), triple -> loader.add(inferredGraph, triple));
 *   BuildLinker.Rows rows = BuildLinker.rows(articleGraph);   // extraction threads: a pure function of the graph
 *   linker.article(rows);                                     // one thread, once per article loaded, any order
 *   long triples = linker.finish();          // after the last article: consolidated figures, persons, tenures, posts
 * </pre>
 * What one article's rows give on their own (province units, bodies, enrichments, areas) is written at once; the
 * holdings ({@link ArticleHolding}, ~100 bytes each) and the figures ({@link FigureConsolidator}, ~80 bytes each)
 * are kept in compact form for the steps that need the whole corpus. The store path stays for {@code kg link},
 * {@code kg load} and builds that add to a store: only there can articles of earlier builds be in the corpus. Both write the same triples (LinkerTest compares them).
 */
public final class BuildLinker {
    /**
     * The four queries compiled and optimised once: planning a query per article cost more than running it (a
     * JFR profile of a 10,000-article build put 40% of the per-article query time in planning). An algebra
     * expression is immutable, so the extraction threads share them.
     */
    private static final Op HOLDINGS = compile("holdings.rq");
    private static final Op FIGURES_WITHOUT_AREA = compile("figures-without-area.rq");
    private static final Op AREAS = compile("areas.rq");
    private static final Op FIGURES = compile("figures.rq");
    private static final Node ARTICLE_GRAPH = NodeFactory.createURI("urn:vnkg:article");

    private static Op compile(String name) {
        return Algebra.optimize(Algebra.compile(QueryFactory.create(Enricher.query(name))));
    }

    private final SinkGraph sink;
    private final Enricher.Enrichment enrichment;
    private final Map<Object, Object> shared = new HashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private long nanos;

    public BuildLinker(LinkData data, Consumer<Triple> inferred) {
        this.sink = new SinkGraph(inferred);
        this.enrichment = new Enricher(data).enrichment(ModelFactory.createModelForGraph(sink));
    }

    /** The link queries' rows of one article graph. */
    public static final class Rows {
        private final List<QuerySolution> holdings;
        private final List<QuerySolution> figuresWithoutArea;
        private final List<QuerySolution> areas;
        private final List<QuerySolution> figures;

        private Rows(List<QuerySolution> holdings, List<QuerySolution> figuresWithoutArea, List<QuerySolution> areas,
                     List<QuerySolution> figures) {
            this.holdings = holdings;
            this.figuresWithoutArea = figuresWithoutArea;
            this.areas = areas;
            this.figures = figures;
        }
    }

    /**
     * The rows the link queries return for one article graph, as they would over a store holding it as a named
     * graph (two of the queries read inside {@code GRAPH ?graph}). Safe to call from many threads.
     */
    public static Rows rows(Model articleGraph) {
        DatasetGraph named = DatasetGraphFactory.createGeneral();
        named.addGraph(ARTICLE_GRAPH, articleGraph.getGraph());
        return new Rows(select(HOLDINGS, named, articleGraph),
                select(FIGURES_WITHOUT_AREA, DatasetGraphFactory.wrap(articleGraph.getGraph()), articleGraph),
                select(AREAS, named, articleGraph), select(FIGURES, named, articleGraph));
    }

    private static List<QuerySolution> select(Op op, DatasetGraph dataset, Model model) {
        List<QuerySolution> out = new ArrayList<>();
        QueryIterator it = Algebra.exec(op, dataset);
        try {
            it.forEachRemaining(b -> out.add(new ResultBinding(model, b)));
        } finally {
            it.close();
        }
        return out;
    }

    /** Writes what one loaded article's rows give on their own and keeps its holdings and figures for
     * {@link #finish()}. */
    public void article(Rows rows) {
        long start = System.nanoTime();
        ArrayList<ArticleHolding> hs = new ArrayList<>(rows.holdings.size());
        for (QuerySolution s : rows.holdings) {
            hs.add(ArticleHolding.of(s, shared));
        }
        Enricher.onePerHolding(hs);
        Map<String, ProvinceInference.Settled> settledOfDoc = new HashMap<>();
        for (int from = 0, to; from < hs.size(); from = to) {   // one article: one file name, so one run
            String doc = hs.get(from).doc();
            to = from + 1;
            while (to < hs.size() && hs.get(to).doc().equals(doc)) {
                to++;
            }
            List<ArticleHolding> docHoldings = from == 0 && to == hs.size() ? hs : List.copyOf(hs.subList(from, to));
            Block b = new Block(doc, docHoldings, new ProvinceUnit[to - from], new TenureDeriver.Post[to - from]);
            enrichment.article(docHoldings, b.unitOf, b.postOf, 0).ifPresent(st -> settledOfDoc.put(doc, st));
            blocks.add(b);
        }
        for (QuerySolution s : rows.figuresWithoutArea) {
            ProvinceInference.Settled st = settledOfDoc.get(ArticleHolding.lexical(s, "doc"));
            if (st != null) {
                enrichment.figureWithoutArea(s, st);
            }
        }
        rows.areas.forEach(enrichment::area);
        rows.figures.forEach(enrichment::figure);
        nanos += System.nanoTime() - start;
    }

    /**
     * Writes what needs every article: the consolidated figures, then what needs every holding (resolved persons,
     * tenures, posts), in article order as the store path reads
     * them; returns the number of triples handed to {@code inferred} in all, repeats included.
     */
    public long finish() {
        long start = System.nanoTime();
        enrichment.consolidateFigures();   // first, so that its records are let go before the holdings are joined
        shared.clear();
        blocks.sort(Comparator.comparing(Block::doc));   // stable: one block per article in a build
        int n = blocks.stream().mapToInt(b -> b.holdings.size()).sum();
        List<ArticleHolding> all = new ArrayList<>(n);
        ProvinceUnit[] unitOf = new ProvinceUnit[n];
        TenureDeriver.Post[] postOf = new TenureDeriver.Post[n];
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.set(k, null);   // let each block go once copied
            System.arraycopy(b.unitOf, 0, unitOf, all.size(), b.unitOf.length);
            System.arraycopy(b.postOf, 0, postOf, all.size(), b.postOf.length);
            all.addAll(b.holdings);
        }
        blocks.clear();
        enrichment.corpus(all, unitOf, postOf);
        nanos += System.nanoTime() - start;
        return sink.added();
    }

    /** Seconds spent in {@link #article} and {@link #finish} so far (not in {@link #rows}). */
    public double seconds() {
        return nanos / 1e9;
    }

    /** One article's holdings, with the province unit and post found for each. */
    private record Block(String doc, List<ArticleHolding> holdings, ProvinceUnit[] unitOf, TenureDeriver.Post[] postOf) {
    }
}
