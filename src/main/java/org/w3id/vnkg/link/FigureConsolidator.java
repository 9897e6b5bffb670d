package org.w3id.vnkg.link;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.KG;
import org.w3id.vnkg.rdf.Vocab;

/**
 * Consolidates the figures articles report into facts: one {@code qb:Observation} of {@code kg:consolidatedFigures}
 * per area, indicator concept, period, status, unit and value, with {@code prov:wasDerivedFrom} each article
 * observation that reports it and {@code kg:reportCount} the number of its articles (the ontology says why this is
 * the key).
 * <pre>
 *   a.txt "tốc độ tăng trưởng GRDP đạt 7,5%", b.txt "tăng trưởng kinh tế đạt 7,5%"   (Bắc Giang, 2023, actual)
 *     -> one fact: grdp-growth 7.5 percent, kg:reportCount 2, derived from both observations
 *   c.txt "GRDP tăng 7,6%"      -> a second fact for the same indicator and period: the disagreement stays visible
 *   d.txt "GRDP 6 tháng tăng 7,5%" (2023-H1) -> a third: another period
 * </pre>
 * Rows come in any order ({@link #add}, a row of {@code figures.rq}), are kept in a compact form until
 * {@link #write} sorts them by key and writes each fact once. What it holds is one small record per article figure
 * (strings shared, the observation IRI as its hash, the value as a long and a scale): some 80 bytes, 70 MB for the
 * 900,000 figures of 100,000 articles at the density of real ones. The words an indicator is written with most often
 * (ties: the least) become the fact's {@code kg:indicatorLabel}.
 */
final class FigureConsolidator {
    static final String FIGURE_PREFIX = KG.ID + "figure/";

    private final Map<String, String> shared = new HashMap<>();
    private final ArrayList<Reported> reported = new ArrayList<>();

    /** Keeps a row of {@code figures.rq}: ?obs ?area ?indicator ?indicatorLabel ?period ?status ?unit ?value ?doc. */
    void add(QuerySolution s) {
        String obs = s.getResource("obs").getURI();
        boolean hashed = HashedIri.isHashed(obs, FIGURE_PREFIX);
        BigDecimal value = canonical(new BigDecimal(s.getLiteral("value").getLexicalForm()));
        BigInteger unscaled = value.unscaledValue();
        boolean small = unscaled.bitLength() < 64;
        reported.add(new Reported(hashed ? HashedIri.high(obs, FIGURE_PREFIX) : 0,
                hashed ? HashedIri.low(obs, FIGURE_PREFIX) : 0, hashed ? null : obs,
                share(s.getResource("area").getURI()), share(s.getResource("indicator").getURI()),
                share(ArticleHolding.lexical(s, "indicatorLabel")), share(ArticleHolding.lexical(s, "period")),
                share(s.getResource("status").getURI()), share(ArticleHolding.lexical(s, "unit")),
                small ? unscaled.longValue() : 0, value.scale(), small ? null : value,
                share(ArticleHolding.lexical(s, "doc"))));
    }

    private String share(String v) {
        return v == null ? null : shared.computeIfAbsent(v, x -> x);
    }

    /** 7.50 -> 7.5, 1.819E+14 -> 181900000000000: one form per number, so equal values are equal keys. */
    static BigDecimal canonical(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The figures kept so far. */
    int size() {
        return reported.size();
    }

    /**
     * Writes one fact per key of the figures kept, and one series per area and indicator that lists its facts,
     * then lets the figures go; returns the number of facts. The sort puts a series' facts next to each other.
     */
    long write(Model m) {
        shared.clear();
        reported.sort(Reported.ORDER);
        long facts = 0;
        Series series = null;
        for (int from = 0, to; from < reported.size(); from = to) {
            to = from + 1;
            while (to < reported.size() && Reported.KEY.compare(reported.get(from), reported.get(to)) == 0) {
                to++;
            }
            Reported k = reported.get(from);
            if (series == null || !series.of(k)) {
                if (series != null) {
                    series.write(m);
                }
                series = new Series(k.area, k.indicator);
            }
            fact(m, from, to, series);
            facts++;
        }
        if (series != null) {
            series.write(m);
        }
        reported.clear();
        reported.trimToSize();
        return facts;
    }

    /** The fact of {@code reported[from, to)}, one key, sorted by label, then article; added to its series. */
    private void fact(Model m, int from, int to, Series series) {
        Reported k = reported.get(from);
        String label = null;
        int best = 0;
        Set<String> docs = new HashSet<>();
        for (int i = from, run = 0; i < to; i++) {
            Reported r = reported.get(i);
            run = i > from && r.label.equals(reported.get(i - 1).label) ? run + 1 : 1;
            if (run > best) {   // strictly more: of equal runs the first, the least label, stays
                best = run;
                label = r.label;
            }
            docs.add(r.doc);
            series.written(r.label);
        }
        BigDecimal value = k.value();
        Resource f = m.createResource(IriMinter.consolidatedFigure(k.area, k.indicator, k.period, k.status, k.unit,
                        value.toPlainString()), Vocab.QbObservation)
                .addProperty(Vocab.qbDataSet, KG.consolidatedFigures)
                .addProperty(Vocab.refArea, m.createResource(k.area))
                .addProperty(KG.indicator, m.createResource(k.indicator))
                .addProperty(KG.indicatorLabel, label)
                .addLiteral(KG.value, m.createTypedLiteral(value))
                .addProperty(Vocab.unitMeasure, m.createResource(IriMinter.unit(k.unit)))
                .addProperty(KG.unitCode, k.unit)
                .addProperty(KG.status, m.createResource(k.status))
                .addLiteral(KG.reportCount,
                        m.createTypedLiteral(Integer.toString(docs.size()), XSDDatatype.XSDinteger));
        if (k.period != null) {
            f.addProperty(KG.period, k.period);
        }
        for (int i = from; i < to; i++) {
            f.addProperty(Vocab.provWasDerivedFrom, m.createResource(reported.get(i).obs()));
        }
        series.add(f, k.period, k.status);
    }

    /**
     * One area's facts of one indicator, over its periods: a {@code qb:Slice} of {@code kg:areaIndicatorSeries},
     * so that "GRDP growth of Thái Nguyên" reads its few dozen facts instead of testing the area's thousands. Its
     * label is the one its article figures use most (ties: the least). Its latest facts of each status, those of the
     * period that ends last ({@link PeriodEnd}), are also its {@code kg:latestObservation}s: a province's latest
     * figures are then a few facts per indicator (the latest result, the latest target), not every fact of every year.
     */
    private static final class Series {
        private final String area;
        private final String indicator;
        private final List<Resource> facts = new ArrayList<>();
        private final Map<String, Latest> latest = new HashMap<>(); // by status
        private final Map<String, Integer> figuresOfLabel = new TreeMap<>();

        Series(String area, String indicator) {
            this.area = area;
            this.indicator = indicator;
        }

        /** Shared strings: the same area and indicator are the same copies. */
        boolean of(Reported r) {
            return r.area == area && r.indicator == indicator;
        }

        void written(String label) {
            figuresOfLabel.merge(label, 1, Integer::sum);
        }

        void add(Resource fact, String period, String status) {
            facts.add(fact);
            LocalDate end = PeriodEnd.of(period);
            if (end != null) { // no period, or none the extraction writes: no later than any other
                latest.computeIfAbsent(status, x -> new Latest()).offer(fact, end);
            }
        }

        void write(Model m) {
            String label = null;
            for (Map.Entry<String, Integer> e : figuresOfLabel.entrySet()) {
                if (label == null || e.getValue() > figuresOfLabel.get(label)) {
                    label = e.getKey();
                }
            }
            Resource slice = m.createResource(IriMinter.figureSeries(area, indicator), Vocab.QbSlice)
                    .addProperty(Vocab.qbSliceStructure, KG.areaIndicatorSeries)
                    .addProperty(Vocab.refArea, m.createResource(area))
                    .addProperty(KG.indicator, m.createResource(indicator))
                    .addProperty(KG.indicatorLabel, label);
            for (Resource f : facts) {
                slice.addProperty(Vocab.qbObservation, f);
            }
            latest.values().forEach(l -> l.facts.forEach(f -> slice.addProperty(KG.latestObservation, f)));
            m.add(KG.consolidatedFigures, Vocab.qbSlice, slice);
            // the way in from the area: its series are a handful among the facts that share its refArea
            m.add(m.createResource(area), KG.figureSeries, slice);
        }
    }

    /** The facts of one status whose period ends last, so far. */
    private static final class Latest {
        private final List<Resource> facts = new ArrayList<>();
        private LocalDate end;

        void offer(Resource fact, LocalDate factEnd) {
            int c = end == null ? 1 : factEnd.compareTo(end);
            if (c > 0) {
                facts.clear();
                end = factEnd;
            }
            if (c >= 0) {
                facts.add(fact);
            }
        }
    }

    /** One article's figure, compact: the key's strings are shared copies. */
    private record Reported(long obsHigh, int obsLow, String otherObs, String area, String indicator, String label,
                            String period, String status, String unit, long unscaled, int scale, BigDecimal big,
                            String doc) {
        /** The consolidation key: area, indicator, period, status, unit, value. */
        static final Comparator<Reported> KEY = (a, b) -> {
            int c = compare(a.area, b.area);
            c = c != 0 ? c : compare(a.indicator, b.indicator);
            c = c != 0 ? c : compare(a.period, b.period);
            c = c != 0 ? c : compare(a.status, b.status);
            c = c != 0 ? c : compare(a.unit, b.unit);
            return c != 0 ? c : a.compareValue(b);
        };

        /** The key, then the label and the article (a fact's label is the longest run), then the observation. */
        static final Comparator<Reported> ORDER = KEY.thenComparing((a, b) -> {
            int c = compare(a.label, b.label);
            c = c != 0 ? c : compare(a.doc, b.doc);
            return c != 0 ? c : a.obs().compareTo(b.obs());
        });

        /** Shared strings: the same copy is equal at once; null (no period) first. */
        private static int compare(String a, String b) {
            if (a == b) {
                return 0;
            }
            if (a == null || b == null) {
                return a == null ? -1 : 1;
            }
            return a.compareTo(b);
        }

        /**
         * Equal exactly when the numbers are, since both are canonical (one form per number). A total order, not the
         * numbers' order: values that fit a long (scale, then unscaled), then the others (by number).
         */
        private int compareValue(Reported o) {
            if (big == null && o.big == null) {
                int c = Integer.compare(scale, o.scale);
                return c != 0 ? c : Long.compare(unscaled, o.unscaled);
            }
            if (big == null || o.big == null) {
                return big == null ? -1 : 1;
            }
            return big.compareTo(o.big);
        }

        BigDecimal value() {
            return big != null ? big : BigDecimal.valueOf(unscaled, scale);
        }

        String obs() {
            return otherObs != null ? otherObs : HashedIri.iri(FIGURE_PREFIX, obsHigh, obsLow);
        }
    }
}
