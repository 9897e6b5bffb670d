package org.w3id.vnkg.rdf;

import java.util.Map;

import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes used in output files and in queries/. */
public final class Prefixes {
    public static final Map<String, String> MAP = Map.ofEntries(
            Map.entry("kg", KG.NS),
            Map.entry("id", KG.ID),
            Map.entry("org", ORG.NS),
            Map.entry("prov", Vocab.PROV),
            Map.entry("nif", Vocab.NIF),
            Map.entry("qb", Vocab.QB),
            Map.entry("sdmx-dimension", Vocab.SDMX_DIMENSION),
            Map.entry("sdmx-attribute", Vocab.SDMX_ATTRIBUTE),
            Map.entry("schema", Vocab.SCHEMA),
            Map.entry("skos", SKOS.uri),
            Map.entry("rdf", RDF.uri),
            Map.entry("rdfs", RDFS.uri),
            Map.entry("owl", OWL.NS),
            Map.entry("xsd", XSD.NS));

    private Prefixes() {
    }
}
