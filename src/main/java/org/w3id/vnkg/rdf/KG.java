package org.w3id.vnkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the vnkg ontology ({@code ontology/vnkg.ttl}), one constant per term. */
public final class KG {
    public static final String NS = "https://w3id.org/vnkg/ontology#";
    /** Base of instance IRIs: {@code https://w3id.org/vnkg/id/{kind}/{key}}. */
    public static final String ID = "https://w3id.org/vnkg/id/";
    /** Base of graph names: one per article, plus reference and inferred graphs. */
    public static final String GRAPH = "https://w3id.org/vnkg/graph/";

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource ExtractionRun = resource("ExtractionRun");
    public static final Resource Person = resource("Person");
    public static final Resource PartyBody = resource("PartyBody");
    public static final Resource StateBody = resource("StateBody");
    public static final Resource Province = resource("Province");
    public static final Resource PostHolding = resource("PostHolding");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Tenure = resource("Tenure");
    public static final Resource Enrichment = resource("Enrichment");

    // Article and provenance
    public static final Property fileName = property("fileName");
    public static final Property eventDate = property("eventDate");
    public static final Property contentHash = property("contentHash");
    public static final Property evidence = property("evidence");
    public static final Property inArticle = property("inArticle");
    public static final Property confidence = property("confidence");

    // People, bodies, holdings
    public static final Property rank = property("rank");
    public static final Property nameKey = property("nameKey");
    public static final Property jurisdiction = property("jurisdiction");
    public static final Property gsoCode = property("gsoCode");
    public static final Property post = property("post");
    public static final Property attestedOn = property("attestedOn");
    public static final Property roleLabel = property("roleLabel");
    public static final Property qualifier = property("qualifier");
    public static final Resource HoldingQualifiers = resource("HoldingQualifiers");
    public static final Resource NewlyAppointed = resource("NewlyAppointed");
    public static final Resource Former = resource("Former");
    public static final Resource Acting = resource("Acting");
    public static final Resource Concurrent = resource("Concurrent");
    public static final Resource Roles = resource("Roles");

    // Linking, resolution, enrichment and tenures (reference and inferred graphs)
    public static final Property era = property("era");
    public static final Property provinceUnit = property("provinceUnit");
    public static final Property resolvedMember = property("resolvedMember");
    public static final Property resolvedOrganization = property("resolvedOrganization");
    public static final Property enriches = property("enriches");
    public static final Property inferredOrganization = property("inferredOrganization");
    public static final Property inferredArea = property("inferredArea");
    public static final Property rule = property("rule");
    public static final Property attestation = property("attestation");
    public static final Property earliestAttested = property("earliestAttested");
    public static final Property latestAttested = property("latestAttested");
    public static final Property earliestFactDate = property("earliestFactDate");
    public static final Property latestFactDate = property("latestFactDate");
    public static final Property startBasis = property("startBasis");
    public static final Property endBasis = property("endBasis");

    // Meetings
    public static final Property kind = property("kind");
    public static final Property kindLabel = property("kindLabel");
    public static final Property chair = property("chair");
    public static final Property term = property("term");
    public static final Property sessionNumber = property("sessionNumber");
    public static final Resource MeetingKinds = resource("MeetingKinds");

    // Figures
    public static final Resource figures = resource("figures");
    public static final Resource figureStructure = resource("figureStructure");
    public static final Property indicator = property("indicator");
    public static final Property indicatorLabel = property("indicatorLabel");
    public static final Property period = property("period");
    public static final Property value = property("value");
    public static final Property unitCode = property("unitCode");
    public static final Property status = property("status");
    public static final Property surfaceText = property("surfaceText");
    public static final Property comparison = property("comparison");
    public static final Resource consolidatedFigures = resource("consolidatedFigures");
    /** The slice key of a series: one area's consolidated figures of one indicator, over its periods. */
    public static final Resource areaIndicatorSeries = resource("areaIndicatorSeries");
    public static final Property figureSeries = property("figureSeries");
    public static final Property latestObservation = property("latestObservation");
    public static final Resource consolidatedFigureStructure = resource("consolidatedFigureStructure");
    public static final Property reportCount = property("reportCount");
    public static final Resource Indicators = resource("Indicators");
    public static final Resource Units = resource("Units");
    public static final Resource FigureStatuses = resource("FigureStatuses");
    public static final Resource Actual = resource("Actual");
    public static final Resource Estimate = resource("Estimate");
    public static final Resource Target = resource("Target");
    public static final Resource Plan = resource("Plan");

    private KG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
