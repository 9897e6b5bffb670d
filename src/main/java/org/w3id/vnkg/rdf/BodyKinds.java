package org.w3id.vnkg.rdf;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Resource;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;

/** Types a body as a Party or a State body from a word of its name ({@code lexicon/body-kinds.tsv}). */
final class BodyKinds {
    private final List<Map.Entry<String, Resource>> rules;

    BodyKinds() {
        this.rules = Tsv.load("body-kinds.tsv").rows().stream()
                .map(r -> Map.entry(TextNormalizer.key(r.get("word")), classOf(r.get("class"))))
                .toList();
    }

    private static Resource classOf(String name) {
        return switch (name) {
            case "PartyBody" -> KG.PartyBody;
            case "StateBody" -> KG.StateBody;
            default -> throw new IllegalArgumentException("body-kinds.tsv: unknown class " + name);
        };
    }

    /** kg:PartyBody, kg:StateBody, or null when no word of the name decides. */
    Resource classify(String bodyName) {
        String key = " " + TextNormalizer.key(bodyName) + " ";
        for (Map.Entry<String, Resource> rule : rules) {
            if (key.contains(" " + rule.getKey() + " ")) {
                return rule.getValue();
            }
        }
        return null;
    }
}
