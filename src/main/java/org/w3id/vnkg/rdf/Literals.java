package org.w3id.vnkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

import org.w3id.vnkg.facts.PartialDate;

/** Typed literals that keep a date's precision: a year is an xsd:gYear, not 1 January. */
public final class Literals {
    private Literals() {
    }

    public static Literal date(PartialDate d) {
        XSDDatatype type = switch (d.xsdType()) {
            case "date" -> XSDDatatype.XSDdate;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDgYear;
        };
        return ResourceFactory.createTypedLiteral(d.toString(), type);
    }
}
