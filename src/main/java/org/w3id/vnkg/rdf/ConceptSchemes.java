package org.w3id.vnkg.rdf;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The SKOS schemes of indicators ({@code lexicon/indicators.tsv}) and meeting kinds
 * ({@code lexicon/meeting-kinds.tsv}): a fact whose indicator or kind is in a scheme points to its concept
 * (id:indicator/grdp-growth, id:meeting-kind/review-conference), so figures and meetings from many articles
 * can be grouped; the words as written stay on the fact (kg:indicatorLabel, kg:kindLabel).
 */
final class ConceptSchemes {
    /** A concept with its English label and, for meeting kinds, the concept it narrows. */
    private record Concept(String name, String labelEn, String broader) {
    }

    private final Map<String, Concept> indicators = new HashMap<>();
    private final Map<String, Concept> kindBySurface = new HashMap<>();

    ConceptSchemes() {
        for (Map<String, String> row : Tsv.load("indicators.tsv").rows()) {
            indicators.putIfAbsent(row.get("concept"), new Concept(row.get("concept"), row.get("label_en"), ""));
        }
        for (Map<String, String> row : Tsv.load("meeting-kinds.tsv").rows()) {
            kindBySurface.put(TextNormalizer.key(row.get("surface")),
                    new Concept(row.get("concept"), row.get("label_en"), row.get("broader")));
        }
    }

    /** The indicator's concept: the scheme's when it has one, else a concept of the indicator's own words. */
    Resource indicator(Model m, String concept, String indicatorText) {
        Concept c = concept == null ? null : indicators.get(concept);
        if (c == null) {
            return m.createResource(IriMinter.indicator(indicatorText), SKOS.Concept)
                    .addProperty(SKOS.inScheme, KG.Indicators)
                    .addProperty(SKOS.prefLabel, TextNormalizer.key(indicatorText), "vi");
        }
        return m.createResource(IriMinter.indicator(c.name()), SKOS.Concept)
                .addProperty(SKOS.inScheme, KG.Indicators)
                .addProperty(SKOS.notation, c.name())
                .addProperty(SKOS.prefLabel, c.labelEn(), "en");
    }

    /** The meeting kind's concept: the scheme's when the kind as written is in it, else one of its own words. */
    Resource meetingKind(Model m, String kind) {
        Concept c = kindBySurface.get(TextNormalizer.key(kind));
        if (c == null) {
            return m.createResource(IriMinter.meetingKind(kind), SKOS.Concept)
                    .addProperty(SKOS.inScheme, KG.MeetingKinds)
                    .addProperty(SKOS.prefLabel, TextNormalizer.key(kind), "vi");
        }
        Resource r = m.createResource(IriMinter.meetingKind(c.name()), SKOS.Concept)
                .addProperty(SKOS.inScheme, KG.MeetingKinds)
                .addProperty(SKOS.notation, c.name())
                .addProperty(SKOS.prefLabel, TextNormalizer.key(kind), "vi")
                .addProperty(SKOS.prefLabel, c.labelEn(), "en");
        if (!c.broader().isEmpty()) {
            r.addProperty(SKOS.broader, m.createResource(IriMinter.meetingKind(c.broader())));
        }
        return r;
    }
}
