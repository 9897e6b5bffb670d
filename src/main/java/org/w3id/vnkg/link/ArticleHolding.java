package org.w3id.vnkg.link;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.rdf.KG;

/**
 * One post holding as an article graph states it, read back from the store for the enrichment.
 * <p>
 * The enrichment holds every holding of the corpus at once (0.25 to 2.5 million for 100,000 articles), so a
 * holding is kept small: its strings are shared copies ({@link #of(QuerySolution, Map)}), and its IRI, the one
 * string that is unique to it, is kept as the 80 bits of its hash ({@link HashedIri}) and rebuilt when asked for.
 * An IRI of another shape is kept as it is.
 * The graph IRI the query returns is not kept: nothing downstream reads it.
 *
 * <ul>
 *   <li>person: the person IRI of the article (a name key); name: the name as written</li>
 *   <li>role: the role as written; org: the organization IRI of the article; orgLabel: its name</li>
 *   <li>areaLabel: the province the body names (kg:jurisdiction), or null</li>
 *   <li>date: the date the holding is attested on, else the article's date, or null</li>
 *   <li>qualifier: the local name of the kg:qualifier (Former, NewlyAppointed ...), or null</li>
 *   <li>doc: the article's file name</li>
 * </ul>
 */
final class ArticleHolding {
    static final String HOLDING_PREFIX = KG.ID + "holding/";

    /** Article order (file name), then holding IRI: every choice made by "the first one" is the same on every run. */
    static final Comparator<ArticleHolding> ARTICLE_ORDER = (a, b) -> {
        int c = a.doc == b.doc ? 0 : a.doc.compareTo(b.doc);
        return c != 0 ? c : a.compareHolding(b);
    };

    /**
     * {@link #ARTICLE_ORDER}, then the row's values: of the rows of one holding (the query returns a holding once
     * per attested date, qualifier, name or body label it has) the least comes first whatever order the rows were
     * read in, so that the store and an article's own graph give the same row.
     */
    static final Comparator<ArticleHolding> ROW_ORDER = ARTICLE_ORDER
            .thenComparing(ArticleHolding::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleHolding::qualifier, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleHolding::name, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleHolding::role, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleHolding::orgLabel, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleHolding::areaLabel, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleHolding::person, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleHolding::org, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final long hashHigh;     // hex digits 1-16 of the holding hash
    private final int hashLow;       // hex digits 17-20
    private final String otherIri;   // the holding IRI when it is not of the hashed shape, else null
    private final String person;
    private final String name;
    private final String role;
    private final String org;
    private final String orgLabel;
    private final String areaLabel;
    private final PartialDate date;
    private final String qualifier;
    private final String doc;

    ArticleHolding(String holding, String person, String name, String role, String org, String orgLabel,
                   String areaLabel, PartialDate date, String qualifier, String doc) {
        Objects.requireNonNull(holding, "holding");
        if (isHashed(holding)) {
            this.hashHigh = HashedIri.high(holding, HOLDING_PREFIX);
            this.hashLow = HashedIri.low(holding, HOLDING_PREFIX);
            this.otherIri = null;
        } else {
            this.hashHigh = 0;
            this.hashLow = 0;
            this.otherIri = holding;
        }
        this.person = person;
        this.name = name;
        this.role = role;
        this.org = org;
        this.orgLabel = orgLabel;
        this.areaLabel = areaLabel;
        this.date = date;
        this.qualifier = qualifier;
        this.doc = Objects.requireNonNull(doc, "doc");
    }

    /**
     * A row of {@code holdings.rq}, its repeated strings (person, name, body, doc ...) and dates replaced by the
     * copies {@code shared} already holds (and added to it when new).
     */
    static ArticleHolding of(QuerySolution s, Map<Object, Object> shared) {
        PartialDate date = firstDate(s, shared, "attested", "eventDate", "published");
        return new ArticleHolding(s.getResource("holding").getURI(), share(shared, s.getResource("person").getURI()),
                share(shared, lexical(s, "name")), share(shared, lexical(s, "role")),
                share(shared, s.getResource("org").getURI()), share(shared, lexical(s, "orgLabel")),
                share(shared, lexical(s, "areaLabel")), date,
                s.contains("qualifier") ? share(shared, s.getResource("qualifier").getLocalName()) : null,
                share(shared, lexical(s, "doc")));
    }

    private static String share(Map<Object, Object> shared, String v) {
        return v == null ? null : (String) shared.computeIfAbsent(v, x -> x);
    }

    /** The first of {@code vars} bound to a date of the form yyyy, yyyy-mm or yyyy-mm-dd; parsed once per lexical
     * form when {@code shared} is given (it maps the form to its date). */
    private static PartialDate firstDate(QuerySolution s, Map<Object, Object> shared, String... vars) {
        for (String v : vars) {
            String lex = lexical(s, v);
            if (lex == null) {
                continue;
            }
            Object d = shared.computeIfAbsent(new DateForm(lex), f -> parse(lex));
            if (d != NOT_A_DATE) {
                return (PartialDate) d;
            }
        }
        return null;
    }

    /** A lexical form as a key of the shared map, apart from the strings. */
    private record DateForm(String lexical) {
    }

    private static final Object NOT_A_DATE = new Object();

    private static Object parse(String lex) {
        return lex.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? PartialDate.parse(lex) : NOT_A_DATE;
    }

    static PartialDate firstDate(QuerySolution s, String... vars) {
        for (String v : vars) {
            String lex = lexical(s, v);
            if (lex != null && parse(lex) instanceof PartialDate d) {
                return d;
            }
        }
        return null;
    }

    static String lexical(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** {@code holding/} plus 20 lower-case hex digits, as IriMinter.holding mints. */
    static boolean isHashed(String iri) {
        return HashedIri.isHashed(iri, HOLDING_PREFIX);
    }

    /** The kg:PostHolding IRI (rebuilt: a new string on each call). */
    String holding() {
        return otherIri != null ? otherIri : HashedIri.iri(HOLDING_PREFIX, hashHigh, hashLow);
    }

    /** Compares the holding IRIs as strings would, without building them. */
    int compareHolding(ArticleHolding o) {
        if (otherIri == null && o.otherIri == null) {
            return HashedIri.compare(hashHigh, hashLow, o.hashHigh, o.hashLow);
        }
        return holding().compareTo(o.holding());
    }

    boolean sameHolding(ArticleHolding o) {
        return hashHigh == o.hashHigh && hashLow == o.hashLow && Objects.equals(otherIri, o.otherIri);
    }

    String person() {
        return person;
    }

    String name() {
        return name;
    }

    String role() {
        return role;
    }

    String org() {
        return org;
    }

    String orgLabel() {
        return orgLabel;
    }

    String areaLabel() {
        return areaLabel;
    }

    PartialDate date() {
        return date;
    }

    String qualifier() {
        return qualifier;
    }

    String doc() {
        return doc;
    }

    boolean isFormer() {
        return "Former".equals(qualifier);
    }

    @Override
    public String toString() {
        return "ArticleHolding[" + holding() + ", " + name + ", " + role + ", " + orgLabel + ", " + date + ", " + doc + "]";
    }
}
