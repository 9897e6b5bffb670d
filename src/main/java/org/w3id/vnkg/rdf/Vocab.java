package org.w3id.vnkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the W3C and community vocabularies the ontology reuses that Jena does not ship. */
public final class Vocab {
    public static final String SCHEMA = "https://schema.org/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String SDMX_DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#";
    public static final String SDMX_ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";

    public static final Resource SchemaPerson = ResourceFactory.createResource(SCHEMA + "Person");
    public static final Resource SchemaMale = ResourceFactory.createResource(SCHEMA + "Male");
    public static final Resource SchemaFemale = ResourceFactory.createResource(SCHEMA + "Female");
    public static final Property schemaName = ResourceFactory.createProperty(SCHEMA + "name");
    public static final Property schemaGender = ResourceFactory.createProperty(SCHEMA + "gender");
    public static final Property schemaHeadline = ResourceFactory.createProperty(SCHEMA + "headline");
    public static final Property schemaDatePublished = ResourceFactory.createProperty(SCHEMA + "datePublished");
    public static final Property schemaStartDate = ResourceFactory.createProperty(SCHEMA + "startDate");
    public static final Property schemaOrganizer = ResourceFactory.createProperty(SCHEMA + "organizer");
    public static final Property schemaAttendee = ResourceFactory.createProperty(SCHEMA + "attendee");
    public static final Property schemaLocation = ResourceFactory.createProperty(SCHEMA + "location");
    public static final Property schemaAbout = ResourceFactory.createProperty(SCHEMA + "about");

    public static final Property nifBeginIndex = ResourceFactory.createProperty(NIF + "beginIndex");
    public static final Property nifEndIndex = ResourceFactory.createProperty(NIF + "endIndex");
    public static final Property nifAnchorOf = ResourceFactory.createProperty(NIF + "anchorOf");

    public static final Resource QbObservation = ResourceFactory.createResource(QB + "Observation");
    public static final Property qbDataSet = ResourceFactory.createProperty(QB + "dataSet");
    public static final Resource QbSlice = ResourceFactory.createResource(QB + "Slice");
    public static final Property qbSlice = ResourceFactory.createProperty(QB + "slice");
    public static final Property qbSliceStructure = ResourceFactory.createProperty(QB + "sliceStructure");
    public static final Property qbObservation = ResourceFactory.createProperty(QB + "observation");
    public static final Property refArea = ResourceFactory.createProperty(SDMX_DIMENSION + "refArea");
    public static final Property unitMeasure = ResourceFactory.createProperty(SDMX_ATTRIBUTE + "unitMeasure");

    public static final Property provWasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");
    public static final Property provWasAssociatedWith = ResourceFactory.createProperty(PROV + "wasAssociatedWith");
    public static final Property provStartedAtTime = ResourceFactory.createProperty(PROV + "startedAtTime");
    public static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Resource ProvEntity = ResourceFactory.createResource(PROV + "Entity");
    public static final Property schemaValidFrom = ResourceFactory.createProperty(SCHEMA + "validFrom");
    public static final Property schemaValidThrough = ResourceFactory.createProperty(SCHEMA + "validThrough");
    public static final Property schemaEndDate = ResourceFactory.createProperty(SCHEMA + "endDate");
    public static final Resource SchemaAdministrativeArea = ResourceFactory.createResource(SCHEMA + "AdministrativeArea");
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final Resource FoafPerson = ResourceFactory.createResource(FOAF + "Person");

    private Vocab() {
    }
}
