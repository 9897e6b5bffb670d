package org.w3id.vnkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
        List<ArticleHolding> holdings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> shared = new HashMap<>();
        store.selectEach(query("holdings.rq"), s -> {
            ArticleHolding h = ArticleHolding.of(s).shared(v -> v == null ? null : shared.computeIfAbsent(v, x -> x));
            if (seen.add(h.holding())) {
                holdings.add(h);
            }
        });
        seen.clear();
        shared.clear();
        // In article order, so that every choice made by "the first one" is the same on every run.
        holdings.sort(Comparator.comparing(ArticleHolding::doc).thenComparing(ArticleHolding::holding));
        Model scratch = ModelFactory.createDefaultModel();
        ReferenceGraph reference = new ReferenceGraph(data);

        Map<String, List<ArticleHolding>> byDoc = new LinkedHashMap<>();
        holdings.forEach(h -> byDoc.computeIfAbsent(h.doc(), k -> new ArrayList<>()).add(h));
        Map<String, ProvinceUnit> unitOf = new HashMap<>();
        Map<String, TenureDeriver.Post> postOf = new HashMap<>();
        Map<TenureDeriver.Post, TenureDeriver.Post> posts = new HashMap<>();   // one copy of each post
        Map<String, ProvinceInference.Settled> settledOfDoc = new HashMap<>();
        byDoc.forEach((doc, hs) -> {
            Optional<ProvinceInference.Settled> settled = inference.settle(hs);
            settled.ifPresent(st -> settledOfDoc.put(doc, st));
            for (ArticleHolding h : hs) {
                String bodyIri = null;
                if (h.areaLabel() != null && h.date() != null) {
                    Optional<ProvinceUnit> u = data.provinceByName(h.areaLabel(), LinkedTenure.earliest(h.date()));
                    if (u.isPresent()) {
                        unitOf.put(h.holding(), u.get());
                        m.add(m.createResource(h.holding()), KG.provinceUnit, unit(m, u.get()));
                        String kind = inference.genericKind(LinkData.withoutProvince(h.orgLabel(), u.get()));
                        if (kind != null) {
                            bodyIri = IriMinter.provincialBody(u.get().era(), u.get().gsoCode(), kind);
                            m.add(m.createResource(h.holding()), KG.resolvedOrganization, m.createResource(bodyIri));
                        }
                    }
                } else if (h.areaLabel() == null && settled.isPresent() && inference.genericKind(h.orgLabel()) != null) {
                    ProvinceUnit u = settled.get().unit();
                    unitOf.put(h.holding(), u);
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
                postOf.put(h.holding(), posts.computeIfAbsent(post, p -> p));
            }
        });

        // A figure the article gives no area for is about the province the article's bodies were settled to.
        store.selectEach(query("figures-without-area.rq"), s -> {
            ProvinceInference.Settled st = settledOfDoc.get(ArticleHolding.lexical(s, "doc"));
            if (st != null) {
                areaEnrichment(m, s.getResource("obs").getURI(), st);
            }
        });

        Map<String, String> personOf = persons.resolve(holdings, unitOf);
        Map<String, Set<String>> resolvedOfName = new LinkedHashMap<>();
        for (ArticleHolding h : holdings) {
            String p = personOf.get(h.holding());
            m.add(m.createResource(h.holding()), KG.resolvedMember, m.createResource(p));
            m.createResource(p, KG.Person).addProperty(Vocab.schemaName, h.name())
                    .addProperty(KG.nameKey, TextNormalizer.key(h.name()));
            resolvedOfName.computeIfAbsent(h.person(), k -> new LinkedHashSet<>()).add(p);
        }
        // The article's name node is one resolved person only when the name resolves to one.
        resolvedOfName.forEach((name, resolved) -> {
            if (resolved.size() == 1) {
                m.add(m.createResource(name), OWL.sameAs, m.createResource(resolved.iterator().next()));
            }
        });

        Map<String, List<LinkedTenure>> linkedOf = new HashMap<>();
        for (LinkedTenure t : data.tenures()) {
            String body = reference.organizationOf(scratch, t).getURI();
            linkedOf.computeIfAbsent(PersonResolver.linkedPersonIri(data, t) + "|"
                    + IriMinter.resolvedPost(body, t.role()), k -> new ArrayList<>()).add(t);
        }
        new TenureDeriver().derive(m, holdings, personOf, postOf, linkedOf);
        for (TenureDeriver.Post p : new LinkedHashSet<>(postOf.values())) {
            m.createResource(p.iri(), ORG.Post).addProperty(ORG.postIn, m.createResource(p.org()))
                    .addProperty(ORG.role, m.createResource(IriMinter.role(p.role())));
        }

        store.selectEach(query("areas.rq"), s -> {
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
        });
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
