package org.w3id.vnkg.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Nodes and edges of the relationship graph, as plain values: what the graph page draws and the exports write.
 * <pre>
 *   Node[id=https://w3id.org/vnkg/id/person/lương-cường, type=person, kind=person, label=Lương Cường]
 *   Edge[source=…/person/lương-cường, kind=holds, target=…/post/ủy-viên/bộ-chính-trị, dates=[2024-06-26]]
 * </pre>
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges) {
    /** The Vietnamese label of each edge kind, as the page shows it. */
    public static final Map<String, String> EDGE_LABELS = Map.of(
            "holds", "giữ chức", "post-in", "thuộc", "attended", "dự", "chaired", "chủ trì",
            "organized", "tổ chức", "part-of", "trực thuộc", "jurisdiction", "địa bàn",
            "merged-into", "sáp nhập vào");

    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A node.
     *
     * @param id    the IRI
     * @param type  person, body, post, meeting or province
     * @param kind  for a body: party, state or other; else the type
     * @param label the Vietnamese name or label
     */
    public record Node(String id, String type, String kind, String label) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A relation between two nodes, with every date an article attests it on (sorted; empty when undated).
     */
    public record Edge(String source, String kind, String target, List<String> dates) {
        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(target, "target");
            dates = List.copyOf(dates);
        }

        /** The Vietnamese label of the kind (giữ chức, chủ trì ...). */
        public String label() {
            return EDGE_LABELS.getOrDefault(kind, kind);
        }
    }
}
