package org.w3id.vnkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** Writes a {@link PropertyGraph} in one file format of desktop graph tools. */
public interface GraphWriter {
    void write(PropertyGraph graph, OutputStream out) throws IOException;

    /** The writer of a format name: graphml, gexf or dot; null if the name is none of these. */
    static GraphWriter forFormat(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "graphml" -> new GraphMlWriter();
            case "gexf" -> new GexfWriter();
            case "dot", "gv" -> new DotWriter();
            default -> null;
        };
    }
}
