package org.w3id.vnkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.facts.Evidence;
import org.w3id.vnkg.facts.Figure;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;
import org.w3id.vnkg.normalize.VietnameseNumbers;

/**
 * Reads the figures of a table: lines of cells separated by tabs (a text copied from a spreadsheet, or an HTML
 * table, whose rows {@code ingest/ArticleReader} writes so), under a header line that names each column.
 * <pre>
 *   Chỉ tiêu                 Đơn vị tính   Kế hoạch năm 2021   Ước thực hiện 6 tháng   So với cùng kỳ (%)
 *   Thu ngân sách nhà nước   tỷ đồng       6.500               3.561                   115,2
 *   -> thu ngân sách nhà nước 6500000000000 VND 2021 plan; 3561000000000 VND (6 tháng) estimate;
 *      115.2 percent (6 tháng) estimate
 * </pre>
 * A column's period and status are read from its header ({@code periodOf}, {@code statusOf}); a column "so với ..."
 * compares the column before it, so it has that column's period and status. The unit of a row is its cell in the
 * unit column ({@code lexicon/table-headers.tsv}: "Đơn vị tính", "ĐVT"), else the one in brackets after the indicator
 * ("Thu ngân sách (tỷ đồng)"), else "%" in the column's header. A value with no unit is no figure, as in a sentence.
 * A table without a header line says nothing of its periods and gives no figure. A line right above the table that names
 * a unit ("Đơn vị tính: Tỷ đồng", "(ĐVT: triệu USD)", as statistics offices write it) is the unit of every row that
 * names none; a header whose last word is a year ("Kế hoạch 2013", "Ước thực hiện 2013") is of that year; and a range
 * in a cell ("10 - 10,5", a planned rate) is its lower bound, as a range in a sentence is.
 */
final class FigureTables {
    /** A table: its span in the text, its lines (the header first) and the line of text right above it ("" if none). */
    record Table(int begin, int end, List<Line> lines, String above) {
    }

    /** A line of a table: where it starts, its text and its cells. */
    record Line(int begin, String text, List<String> cells) {
    }

    private static final Pattern NUMBER = Pattern.compile("[~≈]?\\s*(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s*%?");
    /** A header that is a year alone: "Chỉ tiêu | 2022 | 2023". */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** A header that ends in a year after its words: "Kế hoạch 2013". */
    private static final Pattern LAST_YEAR = Pattern.compile("\\s((?:19|20)\\d\\d)$");
    /** A range in a cell: "10 - 10,5", "1,5 – 2". */
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s*[-–]\\s*"
            + "(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s*%?");
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern ROW_MARK = Pattern.compile("^\\s*(?:\\d{1,2}[.)]|[-–+•*]|[IVX]+[.)])\\s*");

    private final Quantities quantities;
    private final List<String> unitHeaders;
    private final List<String> numberHeaders;
    private final List<String> comparisonWords;
    private final Map<String, Figure.Status> abbreviations;

    FigureTables(Quantities quantities, List<String> comparisonWords) {
        this.quantities = quantities;
        List<String> units = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        Map<String, Figure.Status> abbreviated = new java.util.HashMap<>();
        for (Map<String, String> row : Tsv.load("table-headers.tsv").rows()) {
            String header = TextNormalizer.key(row.get("header"));
            switch (row.get("class")) {
                case "unit" -> units.add(header);
                case "number" -> numbers.add(header);
                case "actual", "estimate", "plan", "target" ->
                        abbreviated.put(header, Figure.Status.valueOf(row.get("class").toUpperCase(java.util.Locale.ROOT)));
                default -> throw new IllegalArgumentException("table-headers.tsv: unknown class " + row.get("class"));
            }
        }
        this.abbreviations = Map.copyOf(abbreviated);
        this.unitHeaders = List.copyOf(units);
        this.numberHeaders = List.copyOf(numbers);
        this.comparisonWords = List.copyOf(comparisonWords);
    }

    /**
     * The tables of a text: runs of two or more lines of two or more tab-separated cells that are not empty (blank
     * lines between them allowed).
     */
    static List<Table> find(String text) {
        List<Table> out = new ArrayList<>();
        if (text.indexOf('\t') < 0) {
            return out;
        }
        List<Line> run = new ArrayList<>();
        String above = ""; // the last line of text that is no row: what a table opened now has right above it
        String aboveRun = "";
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            // two cells with words or numbers: a paragraph indented with a tab ("\tNăm 2023, GRDP tăng 8%.") is no row
            if (line.indexOf('\t') >= 0 && cells(line).stream().filter(c -> !c.isEmpty()).count() >= 2) {
                List<String> cells = cells(line);
                if (run.size() >= 2 && isHeader(cells)) {
                    close(run, aboveRun, out); // a line of headers after rows of values opens the next table
                    above = "";
                }
                if (run.isEmpty()) {
                    aboveRun = above;
                }
                run.add(new Line(pos, line, cells));
            } else if (!line.isBlank()) {
                close(run, aboveRun, out);
                above = line.strip();
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        close(run, aboveRun, out);
        return out;
    }

    /** A line of words and years only: "Chỉ tiêu | ĐVT | 2022 | 2023". */
    private static boolean isHeader(List<String> cells) {
        return cells.stream().noneMatch(c -> NUMBER.matcher(c).matches() && !YEAR.matcher(c).matches());
    }

    private static void close(List<Line> run, String above, List<Table> out) {
        if (run.size() >= 2) {
            Line last = run.get(run.size() - 1);
            out.add(new Table(run.get(0).begin(), last.begin() + last.text().length(), List.copyOf(run), above));
        }
        run.clear();
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split("\t")) {
            out.add(c.strip());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * The figures of a table.
     *
     * @param periodOf the period a header names, or null
     * @param statusOf the status a header names, or null
     * @param fallback the period of a column whose header names none (the period the story reports on)
     */
    List<Figure> figures(Table table, String docId, String area, Function<String, String> periodOf,
                         Function<String, Figure.Status> statusOf, String fallback) {
        List<String> header = table.lines().get(0).cells();
        if (!isHeader(header)) {
            return List.of(); // no header line: nothing says what the columns are
        }
        int unitColumn = -1;
        int nameColumn = -1;
        String[] periods = new String[header.size()];
        Figure.Status[] statuses = new Figure.Status[header.size()];
        boolean[] percent = new boolean[header.size()];
        boolean[] comparison = new boolean[header.size()];
        int lastValueColumn = -1;
        for (int j = 0; j < header.size(); j++) {
            String key = TextNormalizer.key(header.get(j));
            if (unitHeaders.contains(key)) {
                unitColumn = j;
                continue;
            }
            if (numberHeaders.contains(key)) {
                continue;
            }
            if (nameColumn < 0) {
                nameColumn = j; // "Chỉ tiêu": the first column that is neither a row number nor a unit
                continue;
            }
            percent[j] = header.get(j).contains("%");
            String own = YEAR.matcher(header.get(j)).matches() ? header.get(j) : periodOf.apply(header.get(j));
            Matcher lastYear = LAST_YEAR.matcher(header.get(j));
            if (own == null && lastYear.find()) {
                own = lastYear.group(1);
            }
            // "So với cùng kỳ (%)", and a rate that names no period of its own ("TH/KH (%)", "So sánh (%)"): of the
            // column before it
            comparison[j] = lastValueColumn >= 0
                    && (comparisonWords.stream().anyMatch(key::contains) || percent[j] && own == null);
            if (comparison[j]) {
                periods[j] = periods[lastValueColumn];
                statuses[j] = statuses[lastValueColumn];
            } else {
                Figure.Status st = statusOf.apply(header.get(j));
                statuses[j] = st != null ? st : abbreviatedStatus(key);
                periods[j] = own != null ? own : fallback;
                lastValueColumn = j;
            }
        }
        List<Figure> out = new ArrayList<>();
        if (nameColumn < 0) {
            return out;
        }
        String tableUnit = unitAbove(table.above());
        for (Line line : table.lines().subList(1, table.lines().size())) {
            List<String> cells = line.cells();
            if (nameColumn >= cells.size()) {
                continue;
            }
            String name = ROW_MARK.matcher(cells.get(nameColumn)).replaceFirst("");
            String unitText = unitColumn >= 0 && unitColumn < cells.size() ? cells.get(unitColumn) : "";
            Matcher bracket = UNIT_IN_BRACKETS.matcher(name);
            if (bracket.find()) {
                unitText = unitText.isEmpty() ? bracket.group(1).strip() : unitText;
                name = name.substring(0, bracket.start());
            }
            if (unitText.isEmpty()) {
                unitText = tableUnit;
            }
            for (int j = nameColumn + 1; j < cells.size() && j < header.size(); j++) {
                Matcher m = NUMBER.matcher(cells.get(j));
                if (!m.matches()) {
                    m = RANGE.matcher(cells.get(j));
                }
                if (j == unitColumn || periods[j] == null && statuses[j] == null || !m.matches()) {
                    continue;
                }
                Quantities.Quantity unit = unitOf(percent[j] || cells.get(j).endsWith("%") ? "%" : unitText);
                if (unit == null) {
                    continue;
                }
                BigDecimal value = VietnameseNumbers.parse(m.group(1)).multiply(unit.value());
                // "Thu ngân sách" under "So với cùng kỳ (%)": "Thu ngân sách so với cùng kỳ"
                String indicator = comparison[j]
                        ? name + " " + header.get(j).replace("(%)", "").strip().toLowerCase(java.util.Locale.ROOT) : name;
                int begin = line.begin();
                out.add(new Figure(indicator, strip(value), unit.unit(), area, periods[j], statuses[j],
                        cells.get(j) + " " + (percent[j] ? "%" : unitText), List.of(),
                        new Evidence(docId, begin, begin + line.text().length(), line.text().replace('\t', ' ').strip())));
            }
        }
        return out;
    }

    /** "Đơn vị tính: Tỷ đồng", "(ĐVT: triệu USD)": the unit a line above a table names for its rows, else "". */
    private String unitAbove(String line) {
        String l = line.replaceAll("^[(\\[]\\s*|\\s*[)\\].]$", "");
        int colon = l.indexOf(':');
        if (colon < 0 || !unitHeaders.contains(TextNormalizer.key(l.substring(0, colon)))) {
            return "";
        }
        return l.substring(colon + 1).strip();
    }

    /** "KH 2024" (kế hoạch), "ƯTH 2024" (ước thực hiện): the status a header abbreviates, else actual. */
    private Figure.Status abbreviatedStatus(String key) {
        for (String word : key.split("[^\\p{L}]+")) {
            Figure.Status st = abbreviations.get(word);
            if (st != null) {
                return st;
            }
        }
        return Figure.Status.ACTUAL;
    }

    /**
     * "tỷ đồng" as the quantity of one of it (1e9 VND), "%" as one percent; null for no unit. A cell may capitalise
     * its first letter ("Tỷ đồng"), which the units, written as in a sentence, do not.
     */
    private Quantities.Quantity unitOf(String unitText) {
        if (unitText == null || unitText.isBlank()) {
            return null;
        }
        String u = unitText.strip();
        Quantities.Quantity q = unitAsWritten(u);
        if (q == null && u.length() > 1 && Character.isUpperCase(u.charAt(0)) && Character.isLowerCase(u.charAt(1))) {
            q = unitAsWritten(Character.toLowerCase(u.charAt(0)) + u.substring(1));
        }
        return q;
    }

    private Quantities.Quantity unitAsWritten(String unitText) {
        String probe = "1 " + unitText;
        List<Quantities.Quantity> found = quantities.find(probe);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == probe.length() ? found.get(0) : null;
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
