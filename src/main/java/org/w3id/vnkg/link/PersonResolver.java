package org.w3id.vnkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.vnkg.normalize.TextNormalizer;
import org.w3id.vnkg.rdf.IriMinter;

/**
 * Resolves the persons of the articles: article graphs name a person by the key of the name
 * ({@code id/person/nguyễn-thanh-hải}), and the same name in two provinces is not blindly one person.
 * <ol>
 *   <li>Within one article a name is one person.</li>
 *   <li>Articles whose holdings of that name place it in the same province lineage (a pre-2025 province
 *       and the post-2025 unit it became part of count as one lineage) are one person.</li>
 *   <li>An article with only national posts joins the lineage if the name has exactly one; else it stays
 *       its own (national) person.</li>
 *   <li>A person of the link set with the same name joins the cluster of its lineage and lends it its
 *       IRI (and so its Wikidata item).</li>
 * </ol>
 * Resolved IRIs are {@code id/person/{name key}/{discriminator}}: the Wikidata item, else {@code p} plus the
 * post-2025 code of the lineage, else {@code vn}. They are stable across rebuilds.
 */
final class PersonResolver {
    private final LinkData data;

    PersonResolver(LinkData data) {
        this.data = data;
    }

    /** The lineage of a unit: the post-2025 code it is (or became part of). */
    static String lineage(ProvinceUnit u) {
        return "p" + (u.era().equals(ProvinceUnit.PRE) && u.successorCode() != null ? u.successorCode() : u.gsoCode());
    }

    /** The IRI of a person of the link set (see the class comment). */
    static String linkedPersonIri(LinkData data, LinkedTenure t) {
        if (t.qid() != null) {
            return IriMinter.resolvedPerson(t.person(), t.qid());
        }
        List<LinkedTenure> same = data.tenuresOf(t.person());
        Set<String> qids = new LinkedHashSet<>();
        same.stream().filter(x -> x.qid() != null).forEach(x -> qids.add(x.qid()));
        if (qids.size() == 1) {
            return IriMinter.resolvedPerson(t.person(), qids.iterator().next());
        }
        if (t.province() != null) {
            return IriMinter.resolvedPerson(t.person(), lineage(t.province()));
        }
        return same.stream().filter(x -> x.province() != null).findFirst()
                .map(x -> IriMinter.resolvedPerson(t.person(), lineage(x.province())))
                .orElse(IriMinter.resolvedPerson(t.person(), "vn"));
    }

    /**
     * The resolved person IRI of every holding.
     *
     * @param holdings all holdings of all articles
     * @param unitOf   the province unit of a holding (stated or inferred), or null for national bodies
     */
    Map<String, String> resolve(List<ArticleHolding> holdings, Map<String, ProvinceUnit> unitOf) {
        Map<String, Map<String, List<ArticleHolding>>> byNameThenDoc = new LinkedHashMap<>();
        for (ArticleHolding h : holdings) {
            byNameThenDoc.computeIfAbsent(TextNormalizer.key(h.name()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(h.doc(), k -> new ArrayList<>()).add(h);
        }
        Map<String, String> out = new HashMap<>();
        byNameThenDoc.forEach((nameKey, docs) -> {
            Map<String, Set<String>> lineagesOfDoc = new LinkedHashMap<>();
            Set<String> allLineages = new LinkedHashSet<>();
            docs.forEach((doc, hs) -> {
                Set<String> ls = new LinkedHashSet<>();
                for (ArticleHolding h : hs) {
                    ProvinceUnit u = unitOf.get(h.holding());
                    if (u != null) {
                        ls.add(lineage(u));
                    }
                }
                lineagesOfDoc.put(doc, ls);
                allLineages.addAll(ls);
            });
            Map<String, String> linkedByLineage = new HashMap<>();
            List<LinkedTenure> linked = data.tenuresOf(docs.values().iterator().next().get(0).name());
            Set<String> linkedIris = new LinkedHashSet<>();
            for (LinkedTenure t : linked) {
                String iri = linkedPersonIri(data, t);
                linkedIris.add(iri);
                if (t.province() != null) {
                    linkedByLineage.putIfAbsent(lineage(t.province()), iri);
                }
            }
            docs.forEach((doc, hs) -> {
                Set<String> ls = lineagesOfDoc.get(doc);
                String iri;
                String name = hs.get(0).name();
                if (!ls.isEmpty()) {
                    // an article placing one name in two lineages (rare): the first decides
                    String lineage = ls.iterator().next();
                    iri = linkedByLineage.getOrDefault(lineage, IriMinter.resolvedPerson(name, lineage));
                } else if (allLineages.size() == 1) {
                    String lineage = allLineages.iterator().next();
                    iri = linkedByLineage.getOrDefault(lineage, IriMinter.resolvedPerson(name, lineage));
                } else if (allLineages.isEmpty() && linkedIris.size() == 1) {
                    iri = linkedIris.iterator().next();
                } else {
                    iri = IriMinter.resolvedPerson(name, "vn");
                }
                for (ArticleHolding h : hs) {
                    out.put(h.holding(), iri);
                }
            });
        });
        return out;
    }
}
