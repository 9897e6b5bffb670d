package org.w3id.vnkg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gazetteer file: UTF-8 TSV with a header line; {@code #} starts a comment line; blank lines are skipped.
 * Cells are NFC-normalised. Rows shorter than the header are padded with empty cells.
 * <pre>
 *   Tsv roles = Tsv.load("roles.tsv");          // from org/w3id/vnkg/lexicon/roles.tsv
 *   for (Map&lt;String, String&gt; row : roles.rows()) { row.get("role"); }
 * </pre>
 */
public final class Tsv {
    private static final String BASE = "/org/w3id/vnkg/lexicon/";

    private final String name;
    private final List<String> header;
    private final List<Map<String, String>> rows;

    private Tsv(String name, List<String> header, List<Map<String, String>> rows) {
        this.name = name;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** Loads {@code org/w3id/vnkg/lexicon/NAME} from the classpath. */
    public static Tsv load(String name) {
        return loadResource(BASE + name);
    }

    /** Loads a TSV from an absolute classpath path, for data that is not a gazetteer (bench templates). */
    public static Tsv loadResource(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream in = Tsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("gazetteer not found on the classpath: " + path));
            }
            return parse(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + path + ": " + e.getMessage(), e);
        }
    }

    static Tsv parse(String name, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = Normalizer.normalize(cells[i].strip(), Normalizer.Form.NFC);
            }
            if (header == null) {
                header = Arrays.asList(cells);
                continue;
            }
            if (cells.length > header.size()) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": " + cells.length
                        + " cells but the header has " + header.size());
            }
            if (cells[0].isEmpty()) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": empty first cell");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        if (header == null) {
            throw new IllegalArgumentException(name + ": no header line");
        }
        return new Tsv(name, header, rows);
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return header;
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    /** The cells of one column, in file order. */
    public List<String> column(String column) {
        if (!header.contains(column)) {
            throw new IllegalArgumentException(name + ": no column '" + column + "' in " + header);
        }
        return rows.stream().map(r -> r.get(column)).toList();
    }
}
