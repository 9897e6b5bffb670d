package org.w3id.vnkg.rdf;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import org.w3id.vnkg.facts.ArticleInfo;
import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.facts.Evidence;
import org.w3id.vnkg.facts.Figure;
import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.Meeting;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The map stage: the facts of one article become the RDF graph of that article.
 * <pre>
 *   Model g = new FactMapper("0.1.0").map(facts);   // goes into the named graph IriMinter.articleGraph(docId)
 * </pre>
 * A post holding becomes a {@code kg:PostHolding} (an {@code org:Membership}) linking the person, the
 * {@code org:Post}, its {@code org:Role} and {@code org:Organization}, with the date it is attested on and
 * the sentence that states it; a meeting a {@code kg:Meeting} (a {@code schema:Event}); a figure a
 * {@code qb:Observation} of the dataset {@code kg:figures}. Every fact has a {@code kg:evidence} node
 * with the sentence and its offsets.
 */
public final class FactMapper {
    private static final Map<Figure.Status, Resource> STATUS = Map.of(
            Figure.Status.ACTUAL, KG.Actual, Figure.Status.ESTIMATE, KG.Estimate,
            Figure.Status.TARGET, KG.Target, Figure.Status.PLAN, KG.Plan);
    private static final Map<Post.Qualifier, Resource> QUALIFIER = Map.of(
            Post.Qualifier.NEW, KG.NewlyAppointed, Post.Qualifier.FORMER, KG.Former,
            Post.Qualifier.ACTING, KG.Acting, Post.Qualifier.CONCURRENT, KG.Concurrent);

    private final String version;
    private final BodyKinds bodyKinds = new BodyKinds();
    private final ConceptSchemes schemes = new ConceptSchemes();

    /** @param version the software version, recorded on the extraction run (prov:wasGeneratedBy) */
    public FactMapper(String version) {
        this.version = version;
    }

    /**
     * The graph being built and the nodes already written into it: an article names the same people, bodies,
     * roles, posts, sentences, units and dates many times, and each would mint its IRI from a normalised key
     * again (a fifth of mapping) and add its triples again. Adding a node's triples twice changes nothing, so
     * reusing the node gives the same graph.
     */
    private record Out(Model m, Map<NodeKey, Resource> made, Map<PartialDate, Literal> dates) {
        Out(Model m) {
            this(m, new HashMap<>(), new HashMap<>());
        }

        Literal date(PartialDate d) {
            return dates.computeIfAbsent(d, Literals::date);
        }

        /** The node made once per article for what {@code key} names (its kind and defining values). */
        Resource once(NodeKey key, Function<Model, Resource> make) {
            Resource r = made.get(key);
            if (r == null) {
                r = make.apply(m);
                made.put(key, r);
            }
            return r;
        }
    }

    /** What a node of the article graph is made from: its kind and the values its IRI and triples come from. */
    private record NodeKey(String kind, Object a, Object b) {
    }

    public Model map(DocumentFacts facts) {
        // Same-term (GraphMem2): the default graph compares literals by value, which costs a value
        // computation per triple added and looked up (a tenth of mapping and SHACL, JFR); every literal made
        // here is in its canonical form, so the two kinds of graph hold the same triples.
        Model m = ModelFactory.createModelSameTerm();
        Out o = new Out(m);
        m.setNsPrefixes(Prefixes.MAP);
        ArticleInfo info = facts.article();
        Resource article = m.createResource(IriMinter.article(info.docId()), KG.Article)
                .addLiteral(KG.fileName, info.docId())
                .addLiteral(KG.contentHash, info.contentHash())
                .addProperty(Vocab.provWasGeneratedBy, m.createResource(IriMinter.run(version), KG.ExtractionRun)
                        .addProperty(RDFS.label, "vnkg " + version));
        if (info.title() != null) {
            article.addProperty(Vocab.schemaHeadline, info.title());
        }
        if (info.published() != null) {
            article.addLiteral(Vocab.schemaDatePublished, o.date(info.published()));
        }
        if (info.eventDate() != null) {
            article.addLiteral(KG.eventDate, o.date(info.eventDate()));
        }
        for (Post p : facts.posts()) {
            mapPost(o, p);
        }
        for (Meeting meeting : facts.meetings()) {
            mapMeeting(o, meeting);
        }
        for (Figure f : facts.figures()) {
            mapFigure(o, f);
        }
        return m;
    }

    private void mapPost(Out o, Post p) {
        Model m = o.m();
        Resource person = person(o, p.person());
        if (p.gender() != Gender.UNKNOWN) {
            person.addProperty(Vocab.schemaGender, p.gender() == Gender.MALE ? Vocab.SchemaMale : Vocab.SchemaFemale);
        }
        if (p.rank() != null) {
            person.addProperty(KG.rank, p.rank());
        }
        Resource org = organization(o, p.organization(), p.province());
        Resource role = o.once(new NodeKey("role", p.role(), null), x -> x.createResource(IriMinter.role(p.role()), ORG.Role)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, KG.Roles)
                .addProperty(SKOS.prefLabel, p.role(), "vi"));
        Resource post = o.once(new NodeKey("post", p.role(), p.organization()), x -> x.createResource(
                        IriMinter.post(p.role(), p.organization()), ORG.Post)
                .addProperty(ORG.postIn, org)
                .addProperty(ORG.role, role)
                .addProperty(RDFS.label, p.role() + " " + p.organization(), "vi"));
        person.addProperty(ORG.holds, post);
        Resource holding = m.createResource(
                        IriMinter.holding(p.evidence().docId(), p.person(), p.role(), p.organization()), KG.PostHolding)
                .addProperty(ORG.member, person)
                .addProperty(ORG.organization, org)
                .addProperty(ORG.role, role)
                .addProperty(KG.post, post)
                .addProperty(KG.roleLabel, p.role())
                .addLiteral(KG.confidence, m.createTypedLiteral(BigDecimal.valueOf(p.confidence())))
                .addProperty(KG.evidence, evidence(o, p.evidence()));
        if (p.asOf() != null) {
            holding.addLiteral(KG.attestedOn, o.date(p.asOf()));
        }
        Resource qualifier = QUALIFIER.get(p.qualifier());
        if (qualifier != null) {
            holding.addProperty(KG.qualifier, qualifier);
        }
    }

    private void mapMeeting(Out o, Meeting meeting) {
        Model m = o.m();
        Evidence ev = meeting.evidence();
        String date = meeting.date() == null ? "" : meeting.date().toString();
        Resource node = m.createResource(
                        IriMinter.meeting(ev.docId(), date, meeting.kind(), meeting.organizer(), ev.begin()), KG.Meeting)
                .addProperty(KG.kind, o.once(new NodeKey("kind", meeting.kind(), null),
                        x -> schemes.meetingKind(x, meeting.kind())))
                .addProperty(KG.kindLabel, meeting.kind())
                .addProperty(KG.evidence, evidence(o, ev));
        if (meeting.date() != null) {
            node.addLiteral(Vocab.schemaStartDate, o.date(meeting.date()));
        }
        if (meeting.organizer() != null) {
            node.addProperty(Vocab.schemaOrganizer, organization(o, meeting.organizer(), null));
        }
        for (String chair : meeting.chairs()) {
            Resource person = person(o, chair);
            node.addProperty(KG.chair, person).addProperty(Vocab.schemaAttendee, person);
        }
        for (String participant : meeting.participants()) {
            node.addProperty(Vocab.schemaAttendee, person(o, participant));
        }
        if (meeting.place() != null) {
            node.addProperty(Vocab.schemaLocation, meeting.place());
        }
        if (meeting.term() != null) {
            node.addProperty(KG.term, meeting.term());
        }
        if (meeting.session() != null) {
            node.addLiteral(KG.sessionNumber, m.createTypedLiteral(meeting.session().toString(), XSDDatatype.XSDinteger));
        }
        if (meeting.topic() != null) {
            node.addProperty(Vocab.schemaAbout, meeting.topic());
        }
    }

    private void mapFigure(Out o, Figure f) {
        Model m = o.m();
        Evidence ev = f.evidence();
        String value = f.value().toPlainString();
        Resource obs = m.createResource(IriMinter.observation(ev.docId(), f.indicator(), value, f.unit(), f.area(),
                        f.period(), f.status().code(), ev.begin()), Vocab.QbObservation)
                .addProperty(Vocab.qbDataSet, KG.figures)
                .addProperty(KG.indicator, o.once(new NodeKey("indicator", f.concept(), f.indicator()),
                        x -> schemes.indicator(x, f.concept(), f.indicator())))
                .addProperty(KG.indicatorLabel, f.indicator())
                .addLiteral(KG.value, m.createTypedLiteral(f.value()))
                .addProperty(Vocab.unitMeasure, o.once(new NodeKey("unit", f.unit(), null),
                        x -> x.createResource(IriMinter.unit(f.unit()), SKOS.Concept)
                                .addProperty(SKOS.inScheme, KG.Units)
                                .addProperty(SKOS.notation, f.unit())))
                .addProperty(KG.unitCode, f.unit())
                .addProperty(KG.status, STATUS.get(f.status()))
                .addProperty(KG.evidence, evidence(o, ev));
        if (f.surface() != null) {
            obs.addProperty(KG.surfaceText, f.surface());
        }
        if (f.area() != null) {
            obs.addProperty(Vocab.refArea, o.once(new NodeKey("area", f.area(), null),
                    x -> x.createResource(IriMinter.area(f.area())).addProperty(SKOS.prefLabel, f.area(), "vi")));
        }
        if (f.period() != null) {
            obs.addProperty(KG.period, f.period());
        }
        for (String c : f.comparisons()) {
            obs.addProperty(KG.comparison, c);
        }
    }

    private static Resource person(Out o, String name) {
        return o.once(new NodeKey("person", name, null), m -> m.createResource(IriMinter.person(name), KG.Person)
                .addProperty(Vocab.schemaName, name)
                .addProperty(RDFS.label, name, "vi")
                .addProperty(KG.nameKey, TextNormalizer.key(name)));
    }

    private Resource organization(Out o, String name, String province) {
        return o.once(new NodeKey("org", name, province), m -> organization(m, name, province));
    }

    private Resource organization(Model m, String name, String province) {
        Resource org = m.createResource(IriMinter.organization(name), ORG.Organization)
                .addProperty(SKOS.prefLabel, name, "vi")
                .addProperty(RDFS.label, name, "vi");
        Resource kind = bodyKinds.classify(name);
        if (kind != null) {
            org.addProperty(RDF.type, kind);
        }
        if (province != null) {
            org.addProperty(KG.jurisdiction, m.createResource(IriMinter.area(province), KG.Province)
                    .addProperty(SKOS.prefLabel, province, "vi"));
        }
        return org;
    }

    private static Resource evidence(Out o, Evidence e) {
        return o.once(new NodeKey("evidence", e, null), m -> evidence(m, e));
    }

    private static Resource evidence(Model m, Evidence e) {
        return m.createResource(IriMinter.evidence(e.docId(), e.begin(), e.end()), KG.Evidence)
                .addProperty(KG.inArticle, m.createResource(IriMinter.article(e.docId())))
                .addLiteral(Vocab.nifBeginIndex, m.createTypedLiteral(Integer.toString(e.begin()), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(Vocab.nifEndIndex, m.createTypedLiteral(Integer.toString(e.end()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(Vocab.nifAnchorOf, e.text());
    }
}
