package org.w3id.vnkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * DOT (Graphviz): one statement per line, every id and value a quoted string, node shapes and colours by type as
 * on the graph page.
 * <pre>
 *   "https://w3id.org/vnkg/id/person/lương-cường" [label="Lương Cường", type="person", shape="ellipse", …];
 *   "https://w3id.org/vnkg/id/person/lương-cường" -> "…/post/ủy-viên/bộ-chính-trị" [label="giữ chức", kind="holds", …];
 * </pre>
 */
public final class DotWriter implements GraphWriter {
    private static final Map<String, String[]> STYLE = Map.of(
            "person", new String[] {"ellipse", "#e07b39"},
            "party", new String[] {"box", "#c0392b"},
            "state", new String[] {"box", "#2e6da4"},
            "post", new String[] {"diamond", "#27ae60"},
            "meeting", new String[] {"hexagon", "#8e44ad"},
            "province", new String[] {"triangle", "#16a085"});
    private static final String[] OTHER = {"box", "#7f8c8d"};

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("digraph vnkg {\n");
        w.write("  graph [charset=\"UTF-8\", overlap=\"false\"];\n");
        w.write("  node [style=\"filled\", fontname=\"Noto Sans\", fontcolor=\"#222222\"];\n");
        w.write("  edge [fontname=\"Noto Sans\", fontsize=\"9\"];\n");
        for (PropertyGraph.Node n : graph.nodes()) {
            String[] style = STYLE.getOrDefault(n.kind(), OTHER);
            w.write("  " + quote(n.id()) + " [label=" + quote(n.label()) + ", type=" + quote(n.type())
                    + ", kind=" + quote(n.kind()) + ", shape=" + quote(style[0]) + ", fillcolor=" + quote(style[1])
                    + "];\n");
        }
        for (PropertyGraph.Edge e : graph.edges()) {
            w.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " [label=" + quote(e.label())
                    + ", kind=" + quote(e.kind()) + ", dates=" + quote(String.join(";", e.dates())) + "];\n");
        }
        w.write("}\n");
        w.flush();
    }

    /**
     * A DOT quoted string. In DOT only {@code \"} is an escape inside quotes, but a backslash before a letter is
     * an escape in labels ({@code \n}, {@code \l}), so backslashes are doubled; line breaks become {@code \n}.
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
