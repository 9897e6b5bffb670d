package org.w3id.vnkg.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.KG;
import org.w3id.vnkg.rdf.Vocab;

/**
 * Reconciles resolved persons online against a SPARQL endpoint shaped like Wikidata's: a person whose name
 * is the Vietnamese label of exactly one Vietnamese human gets {@code skos:closeMatch} that item, as a
 * {@code kg:Enrichment} (rule {@code wikidata-label-match}, confidence 0.5, derived from the endpoint).
 * A name with two or more candidates (namesakes) gets nothing: a name alone cannot choose.
 * <pre>
 *   Model found = new WikidataReconciler("https://query.wikidata.org/sparql").reconcile(inferred);
 * </pre>
 * Persons the link set already ties to an item (owl:sameAs / skos:closeMatch) are not asked about.
 * Network failures surface as Jena's {@code HttpException} / {@code QueryException}: the caller keeps
 * the offline graph.
 */
public final class WikidataReconciler {
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    static final String RULE = "wikidata-label-match";
    private static final int BATCH = 50;

    private final String endpoint;

    public WikidataReconciler(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Enrichments for the persons of {@code graph} (kg:Person with schema:name) that have no item yet. */
    public Model reconcile(Model graph) {
        Map<String, List<Resource>> personsByName = new LinkedHashMap<>();
        graph.listSubjectsWithProperty(RDF.type, KG.Person).forEachRemaining(p -> {
            if (p.isURIResource() && !p.hasProperty(OWL.sameAs) && !p.hasProperty(SKOS.closeMatch)
                    && !p.getURI().matches(".*/q\\d+$") && p.hasProperty(Vocab.schemaName)) {
                personsByName.computeIfAbsent(p.getProperty(Vocab.schemaName).getString(), k -> new ArrayList<>())
                        .add(p);
            }
        });
        Map<String, Set<String>> items = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(personsByName.keySet());
        for (int i = 0; i < names.size(); i += BATCH) {
            ask(names.subList(i, Math.min(names.size(), i + BATCH)), items);
        }
        Model out = ModelFactory.createDefaultModel();
        Resource source = out.createResource(endpoint, Vocab.ProvEntity);
        items.forEach((name, qids) -> {
            if (qids.size() != 1) {
                return;
            }
            Resource item = out.createResource(qids.iterator().next());
            for (Resource person : personsByName.getOrDefault(name, List.of())) {
                out.createResource(IriMinter.enrichment(RULE, person.getURI()), KG.Enrichment)
                        .addProperty(RDF.type, Vocab.ProvEntity)
                        .addProperty(KG.enriches, person)
                        .addProperty(KG.rule, RULE)
                        .addLiteral(KG.confidence, out.createTypedLiteral(new BigDecimal("0.5")))
                        .addProperty(Vocab.provWasDerivedFrom, source);
                out.add(person, SKOS.closeMatch, item);
            }
        });
        return out;
    }

    private void ask(List<String> names, Map<String, Set<String>> items) {
        Query q = QueryFactory.create(Enricher.query("wikidata-persons.rq"));
        Var label = Var.alloc("label");
        List<Binding> rows = new ArrayList<>();
        for (String n : names) {
            Node lit = NodeFactory.createLiteralLang(n, "vi");
            rows.add(BindingFactory.binding(label, lit));
        }
        q.setValuesDataBlock(List.of(label), rows);
        try (var qe = QueryExecutionHTTP.service(endpoint).query(q).timeout(60, TimeUnit.SECONDS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                items.computeIfAbsent(s.getLiteral("label").getString(), k -> new LinkedHashSet<>())
                        .add(s.getResource("item").getURI());
            }
        }
    }
}
