package org.w3id.vnkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 4180 CSV file of the link set: a header row, then records; quoted cells may hold commas, doubled
 * quotes and line breaks. Cells are NFC-normalised and stripped.
 * <pre>
 *   List&lt;Map&lt;String, String&gt;&gt; rows = Csv.load("provinces.csv");   // org/w3id/vnkg/linkdata/provinces.csv
 * </pre>
 */
final class Csv {
    private static final String BASE = "/org/w3id/vnkg/linkdata/";

    private Csv() {
    }

    /** Loads {@code org/w3id/vnkg/linkdata/NAME} from the classpath, failing with the file's name. */
    static List<Map<String, String>> load(String name) {
        try (InputStream in = Csv.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("link data not found on the classpath: " + BASE + name));
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read link data " + BASE + name, e);
        }
    }

    static List<Map<String, String>> parse(String name, String text) {
        List<List<String>> records = records(name, text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(name + ": no header row");
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(name + ": record " + (r + 1) + " has " + cells.size()
                        + " cells but the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), Normalizer.normalize(cells.get(i).strip(), Normalizer.Form.NFC));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String name, String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                out.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(name + ": unterminated quoted cell");
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            out.add(record);
        }
        return out;
    }
}
