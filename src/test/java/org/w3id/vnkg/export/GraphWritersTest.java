package org.w3id.vnkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.w3id.vnkg.link.Linker;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.FixtureFacts;
import org.w3id.vnkg.rdf.HostileFacts;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.KgStore;

/** The store as a property graph, written as GraphML, GEXF and DOT: well-formed, with the expected nodes and edges. */
class GraphWritersTest {
    private static final String ID = "https://w3id.org/vnkg/id/";
    private static final String LUONG_CUONG = ID + "person/lương-cường";
    private static final String UY_VIEN_BCT = ID + "post/ủy-viên/bộ-chính-trị";

    /** What the linking stage will add: a sub-body and a merger of two provinces (org:ChangeEvent). */
    private static final String LINKED = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX kg: <https://w3id.org/vnkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            <https://w3id.org/vnkg/id/org/ban-tổ-chức-tỉnh-ủy-bắc-giang> a org:Organization ;
                skos:prefLabel "Ban Tổ chức Tỉnh ủy Bắc Giang"@vi ;
                org:subOrganizationOf <https://w3id.org/vnkg/id/org/tỉnh-ủy-bắc-giang> .
            <https://w3id.org/vnkg/id/area/bắc-ninh> a kg:Province ; skos:prefLabel "Bắc Ninh"@vi .
            <https://w3id.org/vnkg/id/change/bắc-giang-2025> a org:ChangeEvent ;
                org:originalOrganization <https://w3id.org/vnkg/id/area/bắc-giang> ;
                org:resultingOrganization <https://w3id.org/vnkg/id/area/bắc-ninh> ;
                prov:atTime "2025-07-01"^^xsd:date .
            """;

    private static KgStore store;
    private static PropertyGraph graph;

    @BeforeAll
    static void fixtureStore() {
        store = KgStore.inMemory();
        Model linked = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(LINKED)).lang(Lang.TURTLE).parse(linked);
        store.replaceGraphs(Map.of(
                IriMinter.articleGraph(FixtureFacts.DOC), new FactMapper("test").map(FixtureFacts.facts()),
                IriMinter.articleGraph(HostileFacts.DOC), new FactMapper("test").map(HostileFacts.facts()),
                IriMinter.referenceGraph(), linked));
        // The page's queries read names and the structure of bodies there, as kg build writes it.
        Linker.writeEntities(store, false);
        graph = PropertyGraphReader.read(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String write(GraphWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void readsEveryKindOfNodeAndRelation() {
        assertThat(graph.nodes()).extracting(PropertyGraph.Node::type)
                .contains("person", "body", "post", "meeting", "province");
        assertThat(graph.nodes()).contains(new PropertyGraph.Node(LUONG_CUONG, "person", "person", "Lương Cường"));
        assertThat(graph.edges()).extracting(PropertyGraph.Edge::kind).contains("holds", "post-in", "chaired",
                "attended", "organized", "jurisdiction", "part-of", "merged-into");
        assertThat(graph.edges()).contains(
                new PropertyGraph.Edge(LUONG_CUONG, "holds", UY_VIEN_BCT, List.of("2024-06-26")),
                new PropertyGraph.Edge(UY_VIEN_BCT, "post-in", ID + "org/bộ-chính-trị", List.of("2024-06-26")),
                new PropertyGraph.Edge(ID + "area/bắc-giang", "merged-into", ID + "area/bắc-ninh",
                        List.of("2025-07-01")));
        // Every edge ends on a node: the files never name a node they do not declare.
        List<String> ids = graph.nodes().stream().map(PropertyGraph.Node::id).toList();
        assertThat(graph.edges()).allSatisfy(e -> assertThat(ids).contains(e.source(), e.target()));
    }

    @Test
    void writesWellFormedGraphMlWithTheNodesAndEdges() throws Exception {
        Document doc = parse(write(new GraphMlWriter()));
        List<Element> nodes = elements(doc, GraphMlWriter.NS, "node");
        List<Element> edges = elements(doc, GraphMlWriter.NS, "edge");
        assertThat(nodes).hasSize(graph.nodes().size());
        assertThat(edges).hasSize(graph.edges().size());
        Element luong = nodes.stream().filter(n -> n.getAttribute("id").equals(LUONG_CUONG)).findFirst().orElseThrow();
        assertThat(luong.getTextContent()).contains("Lương Cường", "person");
        assertThat(edges).anySatisfy(e -> {
            assertThat(e.getAttribute("source")).isEqualTo(LUONG_CUONG);
            assertThat(e.getAttribute("target")).isEqualTo(UY_VIEN_BCT);
            assertThat(e.getTextContent()).contains("holds", "giữ chức", "2024-06-26");
        });
        // Markup in a name is text of the document, not elements.
        assertThat(nodes).anySatisfy(n -> assertThat(n.getTextContent()).contains(HostileFacts.NAME));
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void writesWellFormedGexfWithLabelsAndAttributes() throws Exception {
        Document doc = parse(write(new GexfWriter()));
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        List<Element> nodes = elements(doc, GexfWriter.NS, "node");
        List<Element> edges = elements(doc, GexfWriter.NS, "edge");
        assertThat(nodes).hasSize(graph.nodes().size());
        assertThat(edges).hasSize(graph.edges().size());
        assertThat(nodes).anySatisfy(n -> {
            assertThat(n.getAttribute("id")).isEqualTo(LUONG_CUONG);
            assertThat(n.getAttribute("label")).isEqualTo("Lương Cường");
        });
        assertThat(nodes).anySatisfy(n -> assertThat(n.getAttribute("label")).isEqualTo(HostileFacts.NAME));
        assertThat(edges).anySatisfy(e -> {
            assertThat(e.getAttribute("source")).isEqualTo(LUONG_CUONG);
            assertThat(e.getAttribute("label")).isEqualTo("chủ trì");
        });
    }

    // DOT grammar, one statement per line: a quoted id (only \" and \\ escapes inside) and an attribute list.
    private static final String QUOTED = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
    private static final String ATTRS = "\\[(?:\\w+=" + QUOTED + ")(?:, \\w+=" + QUOTED + ")*\\]";
    private static final Pattern DOT_LINE = Pattern.compile(
            "  (?:(?:graph|node|edge) " + ATTRS + "|" + QUOTED + "(?: -> " + QUOTED + ")? " + ATTRS + ");");

    @Test
    void writesDotWhoseEveryLineIsAStatement() throws Exception {
        List<String> lines = write(new DotWriter()).lines().toList();
        assertThat(lines.get(0)).isEqualTo("digraph vnkg {");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
        assertThat(lines.subList(1, lines.size() - 1)).allSatisfy(l -> assertThat(l).matches(DOT_LINE));
        assertThat(lines).filteredOn(l -> l.contains(" -> ")).hasSize(graph.edges().size());
        assertThat(lines).contains("  \"" + LUONG_CUONG + "\" [label=\"Lương Cường\", type=\"person\", kind=\"person\","
                + " shape=\"ellipse\", fillcolor=\"#e07b39\"];");
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("  \"" + LUONG_CUONG + "\" -> \"" + UY_VIEN_BCT + "\" [label=\"giữ chức\""));
    }

    @Test
    void quotesDotStringsSoNoTextEndsTheString() {
        assertThat(DotWriter.quote("Lương Cường")).isEqualTo("\"Lương Cường\"");
        assertThat(DotWriter.quote("a\"b")).isEqualTo("\"a\\\"b\"");
        assertThat(DotWriter.quote("a\\")).isEqualTo("\"a\\\\\"");
        assertThat(DotWriter.quote("a\\\"];")).isEqualTo("\"a\\\\\\\"];\"");
        assertThat(DotWriter.quote("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\\ndòng 2\"");
    }

    @Test
    void dropsCharactersXmlCannotCarry() {
        assertThat(XmlChars.clean("Tô\u0000 Lâm\u0007\t")).isEqualTo("Tô Lâm\t");
        assertThat(XmlChars.clean("𝔸 ok")).isEqualTo("𝔸 ok");
    }

    @Test
    void knowsTheFormatsByName() {
        assertThat(GraphWriter.forFormat("GraphML")).isInstanceOf(GraphMlWriter.class);
        assertThat(GraphWriter.forFormat("gexf")).isInstanceOf(GexfWriter.class);
        assertThat(GraphWriter.forFormat("dot")).isInstanceOf(DotWriter.class);
        assertThat(GraphWriter.forFormat("trig")).isNull();
    }
}
