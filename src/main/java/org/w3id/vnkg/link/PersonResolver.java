package org.w3id.vnkg.link;

import java.util.Arrays;
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
     * The resolved person IRI of every holding, by position in {@code holdings}; equal IRIs are one string.
     * <p>
     * The holdings of a name are grouped by sorting their positions by name key: the article order of the
     * list keeps each article's holdings together and in order within a name, as the steps below need.
     *
     * @param holdings all holdings of all articles, in article order
     * @param unitOf   the province unit of a holding (stated or inferred), or null for national bodies
     */
    String[] resolve(List<ArticleHolding> holdings, ProvinceUnit[] unitOf) {
        int n = holdings.size();
        Map<String, Integer> keyIdOfName = new HashMap<>();   // the written names are shared strings: few
        Map<String, Integer> keyIds = new HashMap<>();
        long[] byName = new long[n];
        for (int i = 0; i < n; i++) {
            int keyId = keyIdOfName.computeIfAbsent(holdings.get(i).name(),
                    name -> keyIds.computeIfAbsent(TextNormalizer.key(name), k -> keyIds.size()));
            byName[i] = (long) keyId << 32 | i;
        }
        Arrays.sort(byName);
        String[] out = new String[n];
        Map<String, String> iris = new HashMap<>();
        for (int from = 0, to; from < n; from = to) {
            to = from + 1;
            while (to < n && byName[to] >>> 32 == byName[from] >>> 32) {
                to++;
            }
            resolveName(holdings, unitOf, Arrays.copyOfRange(byName, from, to), out, iris);
        }
        return out;
    }

    /** One name key: {@code group} holds its positions (low 32 bits), ascending. */
    private void resolveName(List<ArticleHolding> holdings, ProvinceUnit[] unitOf, long[] group, String[] out,
                             Map<String, String> iris) {
        Set<String> allLineages = new LinkedHashSet<>();
        for (long g : group) {
            ProvinceUnit u = unitOf[(int) g];
            if (u != null) {
                allLineages.add(lineage(u));
            }
        }
        Map<String, String> linkedByLineage = new HashMap<>();
        List<LinkedTenure> linked = data.tenuresOf(holdings.get((int) group[0]).name());
        Set<String> linkedIris = new LinkedHashSet<>();
        for (LinkedTenure t : linked) {
            String iri = linkedPersonIri(data, t);
            linkedIris.add(iri);
            if (t.province() != null) {
                linkedByLineage.putIfAbsent(lineage(t.province()), iri);
            }
        }
        for (int from = 0, to; from < group.length; from = to) {
            String doc = holdings.get((int) group[from]).doc();
            to = from + 1;
            while (to < group.length && holdings.get((int) group[to]).doc().equals(doc)) {
                to++;
            }
            String lineage = null;   // an article placing one name in two lineages (rare): the first decides
            for (int j = from; j < to && lineage == null; j++) {
                ProvinceUnit u = unitOf[(int) group[j]];
                lineage = u == null ? null : lineage(u);
            }
            String iri;
            String name = holdings.get((int) group[from]).name();
            if (lineage != null) {
                iri = linkedByLineage.getOrDefault(lineage, IriMinter.resolvedPerson(name, lineage));
            } else if (allLineages.size() == 1) {
                String only = allLineages.iterator().next();
                iri = linkedByLineage.getOrDefault(only, IriMinter.resolvedPerson(name, only));
            } else if (allLineages.isEmpty() && linkedIris.size() == 1) {
                iri = linkedIris.iterator().next();
            } else {
                iri = IriMinter.resolvedPerson(name, "vn");
            }
            iri = iris.computeIfAbsent(iri, x -> x);
            for (int j = from; j < to; j++) {
                out[(int) group[j]] = iri;
            }
        }
    }
}
