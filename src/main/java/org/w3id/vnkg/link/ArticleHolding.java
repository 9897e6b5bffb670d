package org.w3id.vnkg.link;

import java.util.function.UnaryOperator;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

import org.w3id.vnkg.facts.PartialDate;

/**
 * One post holding as an article graph states it, read back from the store for the enrichment.
 *
 * @param graph     the article graph
 * @param holding   the kg:PostHolding IRI
 * @param person    the person IRI of the article (a name key)
 * @param name      the name as written
 * @param role      the role as written
 * @param org       the organization IRI of the article
 * @param orgLabel  the organization's name
 * @param areaLabel the province the body names (kg:jurisdiction), or null
 * @param date      the date the holding is attested on, else the article's date, or null
 * @param qualifier the local name of the kg:qualifier (Former, NewlyAppointed ...), or null
 * @param doc       the article's file name
 */
record ArticleHolding(String graph, String holding, String person, String name, String role, String org,
                      String orgLabel, String areaLabel, PartialDate date, String qualifier, String doc) {

    static ArticleHolding of(QuerySolution s) {
        PartialDate date = firstDate(s, "attested", "eventDate", "published");
        return new ArticleHolding(s.getResource("graph").getURI(), s.getResource("holding").getURI(),
                s.getResource("person").getURI(), lexical(s, "name"), lexical(s, "role"),
                s.getResource("org").getURI(), lexical(s, "orgLabel"), lexical(s, "areaLabel"), date,
                s.contains("qualifier") ? s.getResource("qualifier").getLocalName() : null, lexical(s, "doc"));
    }

    static PartialDate firstDate(QuerySolution s, String... vars) {
        for (String v : vars) {
            String lex = lexical(s, v);
            if (lex != null && lex.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                return PartialDate.parse(lex);
            }
        }
        return null;
    }

    static String lexical(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** The same holding with its repeated strings (graph, person, name, body ...) replaced by shared copies. */
    ArticleHolding shared(UnaryOperator<String> share) {
        return new ArticleHolding(share.apply(graph), holding, share.apply(person), share.apply(name),
                share.apply(role), share.apply(org), share.apply(orgLabel), share.apply(areaLabel), date,
                share.apply(qualifier), share.apply(doc));
    }

    boolean isFormer() {
        return "Former".equals(qualifier);
    }
}
