package org.w3id.vnkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3 (Gephi): a static directed graph, node ids the IRIs and labels the Vietnamese names, with attributes
 * {@code type} and {@code kind} on nodes, {@code kind} and {@code dates} on edges (edge label: giữ chức, chủ trì …).
 * <pre>
 *   &lt;node id="https://w3id.org/vnkg/id/person/lương-cường" label="Lương Cường"&gt;
 *     &lt;attvalues&gt;&lt;attvalue for="type" value="person"/&gt;…
 * </pre>
 */
public final class GexfWriter implements GraphWriter {
    static final String NS = "http://gexf.net/1.3";

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("version", "1.3");
            w.writeStartElement("meta");
            w.writeStartElement("creator");
            w.writeCharacters("vnkg");
            w.writeEndElement();
            w.writeStartElement("description");
            w.writeCharacters("Officials, bodies, posts, meetings and provinces in Vietnamese political news");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("mode", "static");
            attributes(w, "node", "type", "kind");
            attributes(w, "edge", "kind", "dates");
            w.writeStartElement("nodes");
            for (PropertyGraph.Node n : graph.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", XmlChars.clean(n.id()));
                w.writeAttribute("label", XmlChars.clean(n.label()));
                attvalues(w, "type", n.type(), "kind", n.kind());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            int i = 0;
            for (PropertyGraph.Edge e : graph.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + i++);
                w.writeAttribute("source", XmlChars.clean(e.source()));
                w.writeAttribute("target", XmlChars.clean(e.target()));
                w.writeAttribute("label", e.label());
                attvalues(w, "kind", e.kind(), "dates", String.join(";", e.dates()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF", e);
        }
        out.write("\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void attributes(XMLStreamWriter w, String cls, String... names) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        for (String name : names) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", name);
            w.writeAttribute("title", name);
            w.writeAttribute("type", "string");
        }
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, String... pairs) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (int i = 0; i < pairs.length; i += 2) {
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", pairs[i]);
            w.writeAttribute("value", XmlChars.clean(pairs[i + 1]));
        }
        w.writeEndElement();
    }
}
