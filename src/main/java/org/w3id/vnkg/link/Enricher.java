package org.w3id.vnkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.normalize.TextNormalizer;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.KG;
import org.w3id.vnkg.rdf.Prefixes;
import org.w3id.vnkg.rdf.Vocab;
import org.w3id.vnkg.store.KgStore;

/**
 * Builds the inferred graph ({@code https://w3id.org/vnkg/graph/inferred}) from the article graphs of a
 * store and the link set. Article graphs are only read.
 * <pre>
 *   Model inferred = new Enricher(LinkData.standard()).enrich(store);
 * </pre>
 * It writes:
 * <ul>
 *   <li>{@code kg:provinceUnit}: the province of the right era (by the fact's date, before or after
 *       1 July 2025) of each holding whose body names a province and of each figure's area; and
 *       {@code skos:relatedMatch} from each area node to the units of that name.</li>
 *   <li>{@code kg:resolvedOrganization}: the era-specific body of the reference graph (Tỉnh ủy Bắc Giang of
 *       2024 is not Tỉnh ủy Bắc Ninh of 2026), or the national body a name or variant names
 *       ({@code owl:sameAs} from the article's body node).</li>
 *   <li>{@code kg:Enrichment}s: a generic body ("Tỉnh ủy") settled to its province by
 *       {@link ProvinceInference}, with {@code kg:inferredOrganization}, {@code kg:confidence} and
 *       {@code prov:wasDerivedFrom} the link-data records.</li>
 *   <li>{@code kg:resolvedMember}: the resolved person of each holding ({@link PersonResolver}).</li>
 *   <li>{@code kg:Tenure}s derived from the attestations ({@link TenureDeriver}).</li>
 *   <li>the figures consolidated across articles: one {@code qb:Observation} of {@code kg:consolidatedFigures}
 *       per area, indicator, period, status, unit and value ({@link FigureConsolidator}).</li>
 * </ul>
 */
public final class Enricher {
    static final String RULE_PROVINCE = "province-from-linked-tenure";
    static final String RULE_AREA = "area-from-article-province";

    private final LinkData data;
    private final ProvinceInference inference;
    private final PersonResolver persons;

    public Enricher(LinkData data) {
        this.data = data;
        this.inference = new ProvinceInference(data);
        this.persons = new PersonResolver(data);
    }

    /** The inferred graph, in memory: for small stores and tests. */
    public Model enrich(KgStore store) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.MAP);
        m.setNsPrefix("wd", Vocab.WD);
        enrich(store, m);
        return m;
    }

    /**
     * Adds the inferred graph to {@code m}, which may be a write-only model streaming to disk: the holdings are
     * read row by row and kept in a compact form (repeated strings shared), and nothing is read back from
     * {@code m}.
     */
    public void enrich(KgStore store, Model m) {
        Enrichment e = new Enrichment(m);
        // The figures first, written and let go before the holdings are read: the two are never held at once.
        store.selectEach(query("figures.rq"), e::figure);
        e.consolidateFigures();
        List<ArticleHolding> holdings = holdings(store);

        // What the steps below find for a holding is kept by its position in the sorted list, not in maps keyed
        // by its IRI: an array slot costs 4 bytes, a map entry and the IRI some 150.
        int n = holdings.size();
        ProvinceUnit[] unitOf = new ProvinceUnit[n];
        TenureDeriver.Post[] postOf = new TenureDeriver.Post[n];
        Map<String, ProvinceInference.Settled> settledOfDoc = new HashMap<>();
        for (int from = 0, to; from < n; from = to) {
            String doc = holdings.get(from).doc();
            to = from + 1;
            while (to < n && holdings.get(to).doc().equals(doc)) {
                to++;
            }
            e.article(holdings.subList(from, to), unitOf, postOf, from).ifPresent(st -> settledOfDoc.put(doc, st));
        }

        // A figure the article gives no area for is about the province the article's bodies were settled to.
        store.selectEach(query("figures-without-area.rq"), s -> {
            ProvinceInference.Settled st = settledOfDoc.get(ArticleHolding.lexical(s, "doc"));
            if (st != null) {
                e.figureWithoutArea(s, st);
            }
        });
        e.corpus(holdings, unitOf, postOf);
        store.selectEach(query("areas.rq"), e::area);
    }

    /**
     * The inferred graph written piece by piece: first what each article's rows give on their own (in any order
     * of articles), then what needs the holdings of the whole corpus (persons, tenures, posts). The store path
     * ({@link Enricher#enrich(KgStore, Model)}) and the build path ({@link BuildLinker}) both go through it, so
     * they write the same triples.
     */
    final class Enrichment {
        private final Model m;
        private final Map<TenureDeriver.Post, TenureDeriver.Post> posts = new LinkedHashMap<>();   // one copy each
        private final FigureConsolidator figures = new FigureConsolidator();

        Enrichment(Model m) {
            this.m = m;
        }

        /**
         * The triples of one article's holdings ({@code doc}: all of them, in {@link ArticleHolding#ARTICLE_ORDER},
         * one row each); their province unit and post go to {@code unitOf} and {@code postOf} from {@code offset}.
         * Returns the province the article's generic bodies were settled to, if any.
         */
        Optional<ProvinceInference.Settled> article(List<ArticleHolding> doc, ProvinceUnit[] unitOf,
                                                    TenureDeriver.Post[] postOf, int offset) {
            Optional<ProvinceInference.Settled> settled = inference.settle(doc);
            for (int k = 0; k < doc.size(); k++) {
                ArticleHolding h = doc.get(k);
                int i = offset + k;
                String bodyIri = null;
                if (h.areaLabel() != null && h.date() != null) {
                    Optional<ProvinceUnit> u = data.provinceByName(h.areaLabel(), LinkedTenure.earliest(h.date()));
                    if (u.isPresent()) {
                        unitOf[i] = u.get();
                        Resource holding = m.createResource(h.holding());
                        m.add(holding, KG.provinceUnit, unit(m, u.get()));
                        String kind = inference.genericKind(LinkData.withoutProvince(h.orgLabel(), u.get()));
                        if (kind != null) {
                            bodyIri = IriMinter.provincialBody(u.get().era(), u.get().gsoCode(), kind);
                            m.add(holding, KG.resolvedOrganization, m.createResource(bodyIri));
                        }
                    }
                } else if (h.areaLabel() == null && settled.isPresent() && inference.genericKind(h.orgLabel()) != null) {
                    ProvinceUnit u = settled.get().unit();
                    unitOf[i] = u;
                    bodyIri = IriMinter.provincialBody(u.era(), u.gsoCode(), inference.genericKind(h.orgLabel()));
                    enrichment(m, h, u, bodyIri, settled.get());
                }
                if (bodyIri == null) {
                    Optional<LinkData.Body> national = data.bodyNamed(h.orgLabel());
                    if (national.isPresent()) {
                        bodyIri = IriMinter.body(national.get().key());
                        m.add(m.createResource(h.org()), OWL.sameAs, m.createResource(bodyIri));
                    } else {
                        bodyIri = h.org();
                    }
                }
                TenureDeriver.Post post = new TenureDeriver.Post(IriMinter.resolvedPost(bodyIri, h.role()), bodyIri,
                        h.role());
                postOf[i] = posts.computeIfAbsent(post, p -> p);
            }
            return settled;
        }

        /** A row of {@code figures.rq}: an article's figure, kept until {@link #consolidateFigures()}. */
        void figure(QuerySolution s) {
            figures.add(s);
        }

        /** Writes the figures kept so far as facts consolidated across articles ({@link FigureConsolidator}). */
        long consolidateFigures() {
            return figures.write(m);
        }

        /** A row of {@code figures-without-area.rq} whose article was settled to a province. */
        void figureWithoutArea(QuerySolution s, ProvinceInference.Settled settled) {
            areaEnrichment(m, s.getResource("obs").getURI(), settled);
        }

        /** What needs every holding of the corpus, in article order: resolved persons, tenures, posts. */
        void corpus(List<ArticleHolding> holdings, ProvinceUnit[] unitOf, TenureDeriver.Post[] postOf) {
            String[] personOf = persons.resolve(holdings, unitOf);
            resolvedMembers(m, holdings, personOf);

            Model scratch = ModelFactory.createDefaultModel();
            ReferenceGraph reference = new ReferenceGraph(data);
            Map<String, List<LinkedTenure>> linkedOf = new HashMap<>();
            for (LinkedTenure t : data.tenures()) {
                String body = reference.organizationOf(scratch, t).getURI();
                linkedOf.computeIfAbsent(PersonResolver.linkedPersonIri(data, t) + "|"
                        + IriMinter.resolvedPost(body, t.role()), k -> new ArrayList<>()).add(t);
            }
            new TenureDeriver().derive(m, holdings, personOf, postOf, linkedOf);
            for (TenureDeriver.Post p : posts.keySet()) {
                m.createResource(p.iri(), ORG.Post).addProperty(ORG.postIn, m.createResource(p.org()))
                        .addProperty(ORG.role, m.createResource(IriMinter.role(p.role())));
            }
        }

        /** A row of {@code areas.rq}: the province units of a fact's area. */
        void area(QuerySolution s) {
            String label = ArticleHolding.lexical(s, "areaLabel");
            Resource area = s.getResource("area");
            for (ProvinceUnit u : data.provincesNamed(label)) {
                m.add(m.createResource(area.getURI()), SKOS.relatedMatch, unit(m, u));
            }
            PartialDate date = ArticleHolding.firstDate(s, "eventDate", "published");
            if (date != null) {
                LocalDate day = LinkedTenure.earliest(date);
                data.provinceByName(label, day).ifPresent(u ->
                        m.add(m.createResource(s.getResource("fact").getURI()), KG.provinceUnit, unit(m, u)));
            }
        }
    }

    /** The inferred graph written into {@code m} piece by piece (see {@link Enrichment}). */
    Enrichment enrichment(Model m) {
        return new Enrichment(m);
    }

    /** kg:resolvedMember of each holding, the resolved persons, and owl:sameAs from an article's person node to
     * the one person it resolves to. */
    private static void resolvedMembers(Model m, List<ArticleHolding> holdings, String[] personOf) {
        Map<String, String> resolvedOfName = new HashMap<>();   // article person node -> its one resolved person
        Set<PersonName> written = new HashSet<>();
        for (int i = 0; i < personOf.length; i++) {
            ArticleHolding h = holdings.get(i);
            String p = personOf[i];
            m.add(m.createResource(h.holding()), KG.resolvedMember, m.createResource(p));
            if (written.add(new PersonName(p, h.name()))) { // the same triples for every holding of the name
                m.createResource(p, KG.Person).addProperty(Vocab.schemaName, h.name())
                        .addProperty(KG.nameKey, TextNormalizer.key(h.name()));
            }
            resolvedOfName.merge(h.person(), p, (a, b) -> a.equals(b) ? a : MANY);
        }
        // The article's name node is one resolved person only when the name resolves to one.
        resolvedOfName.forEach((name, resolved) -> {
            if (resolved != MANY) {
                m.add(m.createResource(name), OWL.sameAs, m.createResource(resolved));
            }
        });
    }

    /** Marks an article person node whose holdings resolve to more than one person. */
    private static final String MANY = new String("(many)");

    /** A resolved person and a name it is written with. */
    private record PersonName(String person, String name) {
    }

    /**
     * Every holding of every article graph, once, in article order (file name, then holding IRI), so that every
     * choice made by "the first one" is the same on every run. Rows are kept in a compact form (repeated strings
     * shared, see {@link ArticleHolding}); a holding the query returns on several rows (two dates, two qualifiers)
     * keeps the least of them ({@link ArticleHolding#ROW_ORDER}), whatever order the store returns them in.
     */
    static List<ArticleHolding> holdings(KgStore store) {
        ArrayList<ArticleHolding> rows = new ArrayList<>();
        Map<Object, Object> shared = new HashMap<>();
        store.selectEach(query("holdings.rq"), s -> rows.add(ArticleHolding.of(s, shared)));
        shared.clear();
        return onePerHolding(rows);
    }

    /** {@code rows} sorted in article order, one row per holding (the least of its rows); sorted in place. */
    static ArrayList<ArticleHolding> onePerHolding(ArrayList<ArticleHolding> rows) {
        rows.sort(ArticleHolding.ROW_ORDER);
        int kept = 0;
        for (int i = 0; i < rows.size(); i++) {
            ArticleHolding h = rows.get(i);
            if (kept == 0 || !rows.get(kept - 1).sameHolding(h)) {
                rows.set(kept++, h);
            }
        }
        rows.subList(kept, rows.size()).clear();
        rows.trimToSize();
        return rows;
    }

    private static Resource unit(Model m, ProvinceUnit u) {
        return m.createResource(IriMinter.province(u.era(), u.gsoCode()));
    }

    private static void enrichment(Model m, ArticleHolding h, ProvinceUnit u, String bodyIri,
                                   ProvinceInference.Settled settled) {
        Resource e = m.createResource(IriMinter.enrichment(RULE_PROVINCE, h.holding()), KG.Enrichment)
                .addProperty(RDF.type, Vocab.ProvEntity)
                .addProperty(KG.enriches, m.createResource(h.holding()))
                .addProperty(KG.rule, RULE_PROVINCE)
                .addProperty(KG.inferredOrganization, m.createResource(bodyIri))
                .addProperty(KG.provinceUnit, unit(m, u))
                .addLiteral(KG.confidence, m.createTypedLiteral(BigDecimal.valueOf(settled.confidence())));
        for (LinkedTenure t : settled.sources()) {
            e.addProperty(Vocab.provWasDerivedFrom, m.createResource(IriMinter.linkSource(t.file(), t.row())));
        }
    }

    private static void areaEnrichment(Model m, String observation, ProvinceInference.Settled settled) {
        Resource e = m.createResource(IriMinter.enrichment(RULE_AREA, observation), KG.Enrichment)
                .addProperty(RDF.type, Vocab.ProvEntity)
                .addProperty(KG.enriches, m.createResource(observation))
                .addProperty(KG.rule, RULE_AREA)
                .addProperty(KG.inferredArea, unit(m, settled.unit()))
                .addLiteral(KG.confidence, m.createTypedLiteral(BigDecimal.valueOf(settled.confidence())));
        for (LinkedTenure t : settled.sources()) {
            e.addProperty(Vocab.provWasDerivedFrom, m.createResource(IriMinter.linkSource(t.file(), t.row())));
        }
    }

    static String query(String name) {
        try (InputStream in = Enricher.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("query not found on the classpath: " + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + name, e);
        }
    }
}
