package org.w3id.vnkg.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.KG;
import org.w3id.vnkg.rdf.Literals;
import org.w3id.vnkg.rdf.Vocab;

/**
 * Derives tenures from many dated attestations: one {@code kg:Tenure} per resolved person and post.
 * <pre>
 *   2023-07-28 "Quyền Bí thư Tỉnh ủy Hà Giang Nguyễn Mạnh Dũng", 2024-03-02 the same
 *   -> Tenure[earliestAttested 2023-07-28, latestAttested 2024-03-02]
 * </pre>
 * Start: the earliest attestation qualified "tân" (newly appointed, basis {@code tân}). End: an attestation
 * qualified "nguyên" (former) after the latest one (basis {@code nguyên}), else, for a post one person holds at
 * a time ({@code lexicon/single-holder-roles.tsv}), the earliest attestation of another holder after the
 * latest one (basis {@code successor attested}); both are upper
 * bounds of the end, as precise as the attestation. Link-data tenures of the same person and post give
 * start and end where the articles do not (basis {@code linkdata}). Dates stay as partial as the sources.
 */
final class TenureDeriver {
    /** The holdings of one post, its IRI and label. */
    record Post(String iri, String org, String role) {
    }

    private final Set<String> singleHolderRoles = Tsv.load("single-holder-roles.tsv").column("role").stream()
            .map(TextNormalizer::key).collect(Collectors.toSet());

    /**
     * Adds one tenure per resolved post and person of the dated holdings. {@code personOf} and {@code postOf} are
     * by position in {@code holdings} (article order); the holdings of a post, then of a person, are grouped by
     * sorting their positions, so each group keeps article order.
     */
    void derive(Model m, List<ArticleHolding> holdings, String[] personOf, Post[] postOf,
                Map<String, List<LinkedTenure>> linkedOf) {
        Map<String, Integer> postIds = new HashMap<>();
        Map<String, Integer> personIds = new HashMap<>();
        long[] byPost = new long[holdings.size()];
        int dated = 0;
        for (int i = 0; i < holdings.size(); i++) {
            if (holdings.get(i).date() != null) {
                int post = postIds.computeIfAbsent(postOf[i].iri(), k -> postIds.size());
                byPost[dated++] = (long) post << 32 | i;
            }
        }
        Arrays.sort(byPost, 0, dated);
        for (int from = 0, to; from < dated; from = to) {
            to = from + 1;
            while (to < dated && byPost[to] >>> 32 == byPost[from] >>> 32) {
                to++;
            }
            long[] byPerson = new long[to - from];
            for (int j = from; j < to; j++) {
                int i = (int) byPost[j];
                byPerson[j - from] = (long) personIds.computeIfAbsent(personOf[i], k -> personIds.size()) << 32 | i;
            }
            Arrays.sort(byPerson);
            post(m, holdings, personOf, postOf, postOf[(int) byPost[from]], byPerson, linkedOf);
        }
    }

    /** The tenures of one post: {@code byPerson} holds its holdings' positions (low 32 bits) grouped by person,
     * ascending within a person; {@code first} is the post as its first holding in article order writes it. */
    private void post(Model m, List<ArticleHolding> holdings, String[] personOf, Post[] postOf, Post first,
                      long[] byPerson, Map<String, List<LinkedTenure>> linkedOf) {
        Map<String, List<ArticleHolding>> heldBy = new LinkedHashMap<>();
        Map<String, Post> postOfPerson = new HashMap<>();
        for (long g : byPerson) {
            int i = (int) g;
            heldBy.computeIfAbsent(personOf[i], k -> new ArrayList<>()).add(holdings.get(i));
            postOfPerson.putIfAbsent(personOf[i], postOf[i]);   // the post as the person's first holding writes it
        }
        Map<String, PartialDate> firstOf = new LinkedHashMap<>();
        heldBy.forEach((person, hs) -> hs.stream().filter(h -> !h.isFormer()).map(ArticleHolding::date)
                .min(Comparator.naturalOrder()).ifPresent(d -> firstOf.put(person, d)));
        if (!singleHolderRoles.contains(TextNormalizer.key(first.role()))) {
            firstOf.clear(); // many hold it at once: a later holder is no successor
        }
        // Each holder's first date, sorted: the successor of a tenure is found by a binary search instead of a
        // pass over every holder of the post (a post held by thousands of people across a corpus was quadratic).
        PartialDate[] firsts = firstOf.values().toArray(new PartialDate[0]);
        Arrays.sort(firsts);
        String postIri = first.iri();
        heldBy.forEach((person, hs) -> tenure(m, postIri, person, hs, firsts, postOfPerson.get(person),
                linkedOf.getOrDefault(person + "|" + postIri, List.of())));
    }

    private static void tenure(Model m, String postIri, String person, List<ArticleHolding> hs,
                               PartialDate[] firsts, Post post, List<LinkedTenure> linked) {
        List<ArticleHolding> held = hs.stream().filter(h -> !h.isFormer()).toList();
        Resource t = m.createResource(IriMinter.tenure(person, postIri), KG.Tenure)
                .addProperty(ORG.member, m.createResource(person))
                .addProperty(KG.post, m.createResource(postIri))
                .addProperty(ORG.organization, m.createResource(post.org()))
                .addProperty(ORG.role, m.createResource(IriMinter.role(post.role())))
                .addProperty(KG.roleLabel, post.role());
        hs.forEach(h -> t.addProperty(KG.attestation, m.createResource(h.holding())));
        PartialDate earliest = held.stream().map(ArticleHolding::date).min(Comparator.naturalOrder()).orElse(null);
        PartialDate latest = held.stream().map(ArticleHolding::date).max(Comparator.naturalOrder()).orElse(null);
        if (earliest != null) {
            t.addLiteral(KG.earliestAttested, Literals.date(earliest))
                    .addLiteral(KG.latestAttested, Literals.date(latest));
        }
        PartialDate start = held.stream().filter(h -> "NewlyAppointed".equals(h.qualifier()))
                .map(ArticleHolding::date).min(Comparator.naturalOrder()).orElse(null);
        if (start != null) {
            t.addLiteral(Vocab.schemaStartDate, Literals.date(start)).addProperty(KG.startBasis, "tân");
        } else {
            linked.stream().map(LinkedTenure::start).filter(d -> d != null).min(Comparator.naturalOrder())
                    .ifPresent(d -> t.addLiteral(Vocab.schemaStartDate, Literals.date(d))
                            .addProperty(KG.startBasis, "linkdata"));
        }
        PartialDate former = hs.stream().filter(ArticleHolding::isFormer).map(ArticleHolding::date)
                .filter(d -> latest == null || d.compareTo(latest) > 0).min(Comparator.naturalOrder()).orElse(null);
        // The earliest first date of a holder after this holder's latest one (this holder's own first date is
        // never after its latest, so it needs no exclusion).
        PartialDate successor = latest == null ? null : firstAfter(firsts, latest);
        if (former != null) {
            t.addLiteral(Vocab.schemaEndDate, Literals.date(former)).addProperty(KG.endBasis, "nguyên");
        } else if (successor != null) {
            t.addLiteral(Vocab.schemaEndDate, Literals.date(successor)).addProperty(KG.endBasis, "successor attested");
        } else {
            linked.stream().map(LinkedTenure::end).filter(d -> d != null).max(Comparator.naturalOrder())
                    .ifPresent(d -> t.addLiteral(Vocab.schemaEndDate, Literals.date(d))
                            .addProperty(KG.endBasis, "linkdata"));
        }
    }

    /** The least of {@code sorted} that comes after {@code date}, or null. */
    static PartialDate firstAfter(PartialDate[] sorted, PartialDate date) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(date) > 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < sorted.length ? sorted[lo] : null;
    }
}
