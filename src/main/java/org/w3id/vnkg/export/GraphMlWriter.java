package org.w3id.vnkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (yEd, Cytoscape desktop, Gephi, NetworkX): a directed graph whose node ids are the IRIs, with data keys
 * {@code label}, {@code type}, {@code kind} on nodes and {@code kind}, {@code label}, {@code dates} on edges.
 * <pre>
 *   &lt;node id="https://w3id.org/vnkg/id/person/lương-cường"&gt;&lt;data key="label"&gt;Lương Cường&lt;/data&gt;…
 *   &lt;edge source="…/person/lương-cường" target="…/post/ủy-viên/bộ-chính-trị"&gt;&lt;data key="e_kind"&gt;holds&lt;/data&gt;…
 * </pre>
 * Dates are joined with ";" (a relation attested by several articles has several).
 */
public final class GraphMlWriter implements GraphWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            key(w, "label", "node", "label");
            key(w, "type", "node", "type");
            key(w, "kind", "node", "kind");
            key(w, "e_kind", "edge", "kind");
            key(w, "e_label", "edge", "label");
            key(w, "e_dates", "edge", "dates");
            w.writeStartElement("graph");
            w.writeAttribute("id", "vnkg");
            w.writeAttribute("edgedefault", "directed");
            for (PropertyGraph.Node n : graph.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", XmlChars.clean(n.id()));
                data(w, "label", n.label());
                data(w, "type", n.type());
                data(w, "kind", n.kind());
                w.writeEndElement();
            }
            int i = 0;
            for (PropertyGraph.Edge e : graph.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + i++);
                w.writeAttribute("source", XmlChars.clean(e.source()));
                w.writeAttribute("target", XmlChars.clean(e.target()));
                data(w, "e_kind", e.kind());
                data(w, "e_label", e.label());
                data(w, "e_dates", String.join(";", e.dates()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML", e);
        }
        out.write("\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void key(XMLStreamWriter w, String id, String domain, String name) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", "string");
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(XmlChars.clean(value));
        w.writeEndElement();
    }
}
