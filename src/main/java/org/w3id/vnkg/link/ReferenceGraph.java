package org.w3id.vnkg.link;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.KG;
import org.w3id.vnkg.rdf.Literals;
import org.w3id.vnkg.rdf.Prefixes;
import org.w3id.vnkg.rdf.Vocab;

/**
 * The reference graph ({@code https://w3id.org/vnkg/graph/reference}): the link set as RDF.
 * <pre>
 *   id:province/pre2025/24  a kg:Province ; skos:prefLabel "Tỉnh Bắc Giang"@vi ; kg:gsoCode "24" ;
 *       kg:era "pre2025" ; schema:validThrough "2025-06-30" ; skos:exactMatch wd:Q36367 ;
 *       dcterms:isReplacedBy id:province/post2025/24 .                      # Bắc Ninh (new)
 *   id:change/2025-07-01/24 a org:ChangeEvent ; org:originalOrganization id:province/pre2025/24 ,
 *       id:province/pre2025/27 ; org:resultingOrganization id:province/post2025/24 ;
 *       prov:startedAtTime "2025-07-01T00:00:00+07:00" .
 *   id:province/pre2025/24/tinh-uy  skos:prefLabel "Tỉnh ủy Bắc Giang"@vi ;
 *       org:subOrganizationOf id:province/pre2025/24/dang-bo .
 * </pre>
 * Also: national bodies with their Wikidata items, officials and provincial Party secretaries with their
 * dated tenures (each derived from a record of the link set), and the role scheme. Pre- and post-2025 units
 * are joined on era plus code: the new unit's code follows its capital, its Wikidata item its name.
 * A Wikidata item of a province is a {@code skos:exactMatch}, not {@code owl:sameAs}: a surviving province's
 * item describes both of its era nodes, which must stay two nodes.
 */
public final class ReferenceGraph {
    private static final String MERGER_TIME = "2025-07-01T00:00:00+07:00";

    private final LinkData data;

    public ReferenceGraph(LinkData data) {
        this.data = data;
    }

    /** One row of {@code lexicon/provincial-bodies.tsv}. */
    record BodyKind(String key, String provinceName, String cityName, String parent, String related,
                    String bodyClass) {
        String nameFor(ProvinceUnit u) {
            return u.city() ? cityName : provinceName;
        }
    }

    static List<BodyKind> bodyKinds() {
        return Tsv.load("provincial-bodies.tsv").rows().stream()
                .map(r -> new BodyKind(r.get("key"), r.get("province_name"), r.get("city_name"), r.get("parent"),
                        r.get("related"), r.get("class")))
                .toList();
    }

    public Model build() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.MAP);
        m.setNsPrefix("wd", Vocab.WD);
        m.setNsPrefix("dcterms", DCTerms.NS);
        Resource provincesFile = source(m, LinkData.PROVINCES, 0);
        for (ProvinceUnit u : data.provinces()) {
            province(m, u, provincesFile);
        }
        for (ProvinceUnit u : data.provinces()) {
            if (u.era().equals(ProvinceUnit.POST)) {
                change(m, u, provincesFile);
            }
        }
        Resource bodiesFile = source(m, LinkData.BODIES, 0);
        for (LinkData.Body b : data.bodies()) {
            body(m, b, bodiesFile);
        }
        for (String role : Tsv.load("roles.tsv").column("role")) {
            role(m, role);
        }
        Map<String, Resource> persons = new HashMap<>();
        for (LinkedTenure t : data.tenures()) {
            tenure(m, t, persons);
        }
        return m;
    }

    private void province(Model m, ProvinceUnit u, Resource file) {
        Resource p = m.createResource(IriMinter.province(u.era(), u.gsoCode()), KG.Province)
                .addProperty(RDF.type, Vocab.SchemaAdministrativeArea)
                .addProperty(SKOS.prefLabel, u.officialName(), "vi")
                .addProperty(RDFS.label, u.officialName() + " (" + u.era() + ")", "vi")
                .addProperty(SKOS.altLabel, u.shortName(), "vi")
                .addProperty(KG.gsoCode, u.gsoCode())
                .addProperty(KG.era, u.era())
                .addProperty(Vocab.provWasDerivedFrom, file);
        String newStyle = TextNormalizer.newStyleTones(u.shortName());
        if (!newStyle.equals(u.shortName())) {
            p.addProperty(SKOS.altLabel, newStyle, "vi");
        }
        for (String key : data.namesOf(u)) {
            p.addProperty(SKOS.hiddenLabel, key, "vi");
        }
        if (u.validFrom() != null && u.era().equals(ProvinceUnit.POST)) { // see ProvinceUnit.inForceOn
            p.addLiteral(Vocab.schemaValidFrom, m.createTypedLiteral(u.validFrom().toString(), XSDDatatype.XSDdate));
        }
        if (u.validUntil() != null) {
            p.addLiteral(Vocab.schemaValidThrough, m.createTypedLiteral(u.validUntil().toString(), XSDDatatype.XSDdate));
        }
        if (u.qid() != null) {
            p.addProperty(SKOS.exactMatch, m.createResource(Vocab.WD + u.qid()));
        }
        data.successor(u).ifPresent(next -> {
            Resource n = m.createResource(IriMinter.province(next.era(), next.gsoCode()));
            p.addProperty(DCTerms.isReplacedBy, n);
            n.addProperty(DCTerms.replaces, p);
        });
        for (BodyKind k : bodyKinds()) {
            Resource body = m.createResource(IriMinter.provincialBody(u.era(), u.gsoCode(), k.key()), ORG.Organization)
                    .addProperty(RDF.type, m.createResource(KG.NS + k.bodyClass()))
                    .addProperty(SKOS.prefLabel, k.nameFor(u) + " " + u.shortName(), "vi")
                    .addProperty(RDFS.label, k.nameFor(u) + " " + u.shortName() + " (" + u.era() + ")", "vi")
                    .addProperty(KG.jurisdiction, p);
            if (!k.parent().isEmpty()) {
                body.addProperty(ORG.subOrganizationOf,
                        m.createResource(IriMinter.provincialBody(u.era(), u.gsoCode(), k.parent())));
            }
            if (!k.related().isEmpty()) {
                body.addProperty(SKOS.related,
                        m.createResource(IriMinter.provincialBody(u.era(), u.gsoCode(), k.related())));
            }
        }
    }

    /** One event per post-2025 unit: the pre-2025 units joined into it (by their post2025 code). */
    private void change(Model m, ProvinceUnit post, Resource file) {
        Resource e = m.createResource(IriMinter.change(ProvinceUnit.MERGER.toString(), post.gsoCode()), ORG.ChangeEvent)
                .addProperty(RDFS.label, "Sắp xếp đơn vị hành chính cấp tỉnh 2025: " + post.officialName(), "vi")
                .addProperty(ORG.resultingOrganization, m.createResource(IriMinter.province(post.era(), post.gsoCode())))
                .addLiteral(Vocab.provStartedAtTime, m.createTypedLiteral(MERGER_TIME, XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.source, "Nghị quyết 202/2025/QH15 (12/6/2025), Nghị quyết 60-NQ/TW")
                .addProperty(Vocab.provWasDerivedFrom, file);
        for (ProvinceUnit pre : data.provinces()) {
            if (pre.era().equals(ProvinceUnit.PRE) && post.gsoCode().equals(pre.successorCode())) {
                Resource p = m.createResource(IriMinter.province(pre.era(), pre.gsoCode()));
                e.addProperty(ORG.originalOrganization, p);
                p.addProperty(ORG.changedBy, e);
            }
        }
        m.createResource(IriMinter.province(post.era(), post.gsoCode())).addProperty(ORG.resultedFrom, e);
    }

    private void body(Model m, LinkData.Body b, Resource file) {
        if (!b.kind().equals("political party") && !b.kind().contains("organ") && !b.kind().contains("ministry")
                && !b.kind().contains("legislature") && !b.kind().contains("executive")
                && !b.kind().contains("agency") && !b.kind().contains("front")) {
            return; // positions, terms, elections, classes: not bodies that hold posts
        }
        Resource r = m.createResource(IriMinter.body(b.key()), ORG.Organization)
                .addProperty(SKOS.prefLabel, b.nameVi(), "vi")
                .addProperty(SKOS.prefLabel, b.nameEn(), "en")
                .addProperty(Vocab.provWasDerivedFrom, file);
        for (String key : data.namesOf(b)) {
            r.addProperty(SKOS.hiddenLabel, key, "vi");
        }
        if (b.qid() != null) {
            r.addProperty(OWL.sameAs, m.createResource(Vocab.WD + b.qid()));
        }
    }

    private static void role(Model m, String role) {
        m.createResource(IriMinter.role(role), ORG.Role)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, KG.Roles)
                .addProperty(SKOS.prefLabel, role, "vi");
    }

    /** The organization node a link-data tenure's body resolves to. */
    Resource organizationOf(Model m, LinkedTenure t) {
        if (t.province() != null) {
            String bodyKey = TextNormalizer.key(t.body());
            for (BodyKind k : bodyKinds()) {
                if (TextNormalizer.key(k.provinceName()).equals(bodyKey) || TextNormalizer.key(k.cityName()).equals(bodyKey)) {
                    return m.createResource(IriMinter.provincialBody(t.province().era(), t.province().gsoCode(), k.key()));
                }
            }
        }
        // Bodies the link set does not list get a node of their own, apart from the article nodes.
        return data.bodyNamed(t.body()).map(b -> m.createResource(IriMinter.body(b.key())))
                .orElseGet(() -> m.createResource(IriMinter.body(t.body()), ORG.Organization)
                        .addProperty(SKOS.prefLabel, t.body(), "vi"));
    }

    private void tenure(Model m, LinkedTenure t, Map<String, Resource> persons) {
        Resource person = persons.computeIfAbsent(PersonResolver.linkedPersonIri(data, t),
                iri -> linkedPerson(m, iri, t));
        Resource org = organizationOf(m, t);
        Resource role = m.createResource(IriMinter.role(t.role()));
        Resource post = m.createResource(IriMinter.resolvedPost(org.getURI(), t.role()), ORG.Post)
                .addProperty(ORG.postIn, org).addProperty(ORG.role, role);
        Resource row = source(m, t.file(), t.row()).addProperty(DCTerms.source, t.source());
        Resource tenure = m.createResource(IriMinter.tenure(person.getURI(), post.getURI() + "|" + t.file() + t.row()),
                        KG.Tenure)
                .addProperty(ORG.member, person)
                .addProperty(ORG.organization, org)
                .addProperty(ORG.role, role)
                .addProperty(KG.post, post)
                .addProperty(KG.roleLabel, t.role())
                .addProperty(Vocab.provWasDerivedFrom, row);
        if (t.start() != null) {
            tenure.addLiteral(Vocab.schemaStartDate, Literals.date(t.start()))
                    .addProperty(KG.startBasis, "linkdata");
        }
        if (t.end() != null) {
            tenure.addLiteral(Vocab.schemaEndDate, Literals.date(t.end()))
                    .addProperty(KG.endBasis, "linkdata");
        }
        if (t.asOf() != null) {
            tenure.addLiteral(KG.earliestAttested, Literals.date(t.asOf()))
                    .addLiteral(KG.latestAttested, Literals.date(t.asOf()));
        }
    }

    private static Resource linkedPerson(Model m, String iri, LinkedTenure t) {
        Resource p = m.createResource(iri, KG.Person)
                .addProperty(Vocab.schemaName, t.person())
                .addProperty(RDFS.label, t.person(), "vi")
                .addProperty(KG.nameKey, TextNormalizer.key(t.person()));
        if (t.qid() != null && !t.qid().isEmpty()) {
            // matched = name and full date of birth agree; probable = a single candidate: a close match only
            p.addProperty(t.qidConfidence().startsWith("matched") ? OWL.sameAs : SKOS.closeMatch,
                    m.createResource(Vocab.WD + t.qid()));
        }
        return p;
    }

    static Resource source(Model m, String file, int row) {
        Resource r = m.createResource(IriMinter.linkSource(file, row), Vocab.ProvEntity);
        if (row == 0) {
            r.addProperty(RDFS.label, "vnkg link set: " + file, "en")
                    .addProperty(DCTerms.source, "org/w3id/vnkg/linkdata/SOURCES.md");
        } else {
            r.addProperty(DCTerms.isPartOf, m.createResource(IriMinter.linkSource(file, 0)));
        }
        return r;
    }

    /** Dates of a tenure as the half-open day interval it may cover; used by the enrichment. */
    static boolean mayCover(LinkedTenure t, LocalDate day, int snapshotYears) {
        if (t.start() == null && t.end() == null) {
            return t.asOf() != null && Math.abs(LinkedTenure.earliest(t.asOf()).getYear() - day.getYear()) <= snapshotYears
                    && t.province() != null && t.province().inForceOn(day);
        }
        if (t.start() == null) {
            return false; // an end alone says nothing of how long before it the post was held
        }
        LocalDate until = t.end() != null ? LinkedTenure.latest(t.end())
                : t.province() != null ? t.province().validUntil() : null;
        return !day.isBefore(LinkedTenure.earliest(t.start())) && (until == null || !day.isAfter(until));
    }
}
