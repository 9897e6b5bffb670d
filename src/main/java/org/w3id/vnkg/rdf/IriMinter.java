package org.w3id.vnkg.rdf;

import java.nio.charset.StandardCharsets;

import com.google.common.hash.Hashing;

import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The only place that builds IRIs. Entity IRIs come from normalised keys, so the same official, body or
 * post written two ways (Tỉnh uỷ / Tỉnh ủy) in two articles is one node, and reruns give the same IRIs:
 * <pre>
 *   person("Lê Thị Thu Hồng")   = https://w3id.org/vnkg/id/person/lê-thị-thu-hồng
 *   org("Tỉnh uỷ Bắc Giang")    = https://w3id.org/vnkg/id/org/tỉnh-ủy-bắc-giang
 *   articleGraph("001_x.txt")  = https://w3id.org/vnkg/graph/article/001_x.txt
 * </pre>
 * Fact nodes (holdings, meetings, observations) get IRIs from a hash of their defining keys.
 */
public final class IriMinter {
    private IriMinter() {
    }

    /** A path segment from a key: spaces become '-', characters that IRIs reserve are percent-encoded. */
    public static String slug(String text) {
        String key = TextNormalizer.key(text);
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                out.append('-');
            } else if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_' || cp == '~') {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }

    private static String fileSegment(String docId) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < docId.length(); ) {
            int cp = docId.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_' || cp == '~') {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }

    static String hash(String... parts) {
        return Hashing.sha256().hashString(String.join("\u0001", parts), StandardCharsets.UTF_8)
                .toString().substring(0, 20);
    }

    public static String articleGraph(String docId) {
        return KG.GRAPH + "article/" + fileSegment(docId);
    }

    public static String ontologyGraph() {
        return KG.GRAPH + "ontology";
    }

    public static String referenceGraph() {
        return KG.GRAPH + "reference";
    }

    public static String inferredGraph() {
        return KG.GRAPH + "inferred";
    }

    /** One copy of the description of every named entity of the other graphs (link/EntityIndex). */
    public static String entitiesGraph() {
        return KG.GRAPH + "entities";
    }

    public static String article(String docId) {
        return KG.ID + "article/" + fileSegment(docId);
    }

    public static String evidence(String docId, int begin, int end) {
        return KG.ID + "evidence/" + fileSegment(docId) + "/" + begin + "-" + end;
    }

    public static String run(String version) {
        return KG.ID + "run/" + slug(version);
    }

    public static String person(String name) {
        return KG.ID + "person/" + slug(name);
    }

    public static String organization(String name) {
        return KG.ID + "org/" + slug(name);
    }

    public static String role(String role) {
        return KG.ID + "role/" + slug(role);
    }

    public static String post(String role, String organization) {
        return KG.ID + "post/" + slug(role) + "/" + slug(organization);
    }

    public static String area(String name) {
        return KG.ID + "area/" + slug(name);
    }

    public static String holding(String docId, String person, String role, String organization) {
        return KG.ID + "holding/" + hash(docId, TextNormalizer.key(person), TextNormalizer.key(role),
                TextNormalizer.key(organization));
    }

    public static String meeting(String docId, String date, String kind, String organizer, int begin) {
        return KG.ID + "meeting/" + hash(docId, date, TextNormalizer.key(kind),
                organizer == null ? "" : TextNormalizer.key(organizer), Integer.toString(begin));
    }

    public static String observation(String docId, String indicator, String value, String unit, String area,
                                     String period, String status, int begin) {
        return KG.ID + "figure/" + hash(docId, TextNormalizer.key(indicator), value, unit,
                area == null ? "" : TextNormalizer.key(area), period == null ? "" : period, status,
                Integer.toString(begin));
    }

    /**
     * A figure consolidated across articles (graph/inferred): one per area, indicator concept, period, status, unit
     * and value, whichever articles report it, so a rebuild and a relink give the same IRI. {@code value} is the
     * value's canonical form (no trailing zeros), {@code area} and {@code indicator} IRIs.
     */
    public static String consolidatedFigure(String area, String indicator, String period, String status, String unit,
                                            String value) {
        return KG.ID + "consolidated-figure/"
                + hash(area, indicator, period == null ? "" : period, status, unit, value);
    }

    /** The series of one area's consolidated figures of one indicator concept (a {@code qb:Slice}), by their IRIs. */
    public static String figureSeries(String area, String indicator) {
        return KG.ID + "figure-series/" + hash(area, indicator);
    }

    /** A national body of the reference graph, by its link-set key ({@code body/politburo}) or name. */
    public static String body(String key) {
        return KG.ID + "body/" + slug(key);
    }

    /** A provincial-level unit of one era: {@code province/pre2025/24} (join on era plus GSO code). */
    public static String province(String era, String gsoCode) {
        return KG.ID + "province/" + slug(era) + "/" + slug(gsoCode);
    }

    /** A body of one province of one era: {@code province/pre2025/24/tinh-uy} (Tỉnh ủy Bắc Giang). */
    public static String provincialBody(String era, String gsoCode, String bodyKey) {
        return province(era, gsoCode) + "/" + slug(bodyKey);
    }

    /** The reorganisation that formed a post-2025 unit: {@code change/2025-07-01/24}. */
    public static String change(String date, String gsoCode) {
        return KG.ID + "change/" + slug(date) + "/" + slug(gsoCode);
    }

    /** A file of the link set, or one record of it: {@code linkdata/officials.csv/12}. */
    public static String linkSource(String file, int row) {
        return KG.ID + "linkdata/" + fileSegment(file) + (row > 0 ? "/" + row : "");
    }

    /** A resolved person: the name key plus what tells namesakes apart (a Wikidata item, a province code). */
    public static String resolvedPerson(String name, String discriminator) {
        return person(name) + "/" + slug(discriminator);
    }

    /** A post of a resolved body (era-specific for provincial bodies): {@code {body IRI}/post/{role key}}. */
    public static String resolvedPost(String bodyIri, String role) {
        return bodyIri + "/post/" + slug(role);
    }

    /** A derived tenure: one person in one post, from all its attestations. */
    public static String tenure(String person, String post) {
        return KG.ID + "tenure/" + hash(person, post);
    }

    /** An inferred fact of the inferred graph, from its rule and what it is about. */
    public static String enrichment(String rule, String about) {
        return KG.ID + "enrichment/" + hash(rule, about);
    }

    public static String indicator(String indicator) {
        return KG.ID + "indicator/" + slug(indicator);
    }

    public static String unit(String unitCode) {
        return KG.ID + "unit/" + slug(unitCode);
    }

    public static String meetingKind(String kind) {
        return KG.ID + "meeting-kind/" + slug(kind);
    }
}
