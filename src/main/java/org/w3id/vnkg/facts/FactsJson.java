package org.w3id.vnkg.facts;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Prints {@link DocumentFacts} as JSON in the shape of the evaluation gold (doc, docDate, posts,
 * meetings, figures), each fact with its evidence sentence and offsets, for diffing and debugging.
 */
public final class FactsJson {
    private FactsJson() {
    }

    public static String toJson(DocumentFacts facts) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                .toJson(toTree(facts));
    }

    public static JsonObject toTree(DocumentFacts facts) {
        JsonObject root = new JsonObject();
        ArticleInfo a = facts.article();
        root.addProperty("doc", a.docId());
        root.addProperty("title", a.title());
        root.addProperty("docDate", a.eventDate() == null ? null : a.eventDate().toString());
        root.addProperty("published", a.published() == null ? null : a.published().toString());
        JsonArray posts = new JsonArray();
        for (Post p : facts.posts()) {
            JsonObject o = new JsonObject();
            o.addProperty("person", p.person());
            o.addProperty("gender", p.gender().jsonValue());
            o.addProperty("rank", p.rank());
            o.addProperty("role", p.role());
            o.addProperty("organization", p.organization());
            o.addProperty("province", p.province());
            o.addProperty("qualifier", p.qualifier() == Post.Qualifier.NONE ? null : p.qualifier().name().toLowerCase());
            o.addProperty("asOf", p.asOf() == null ? null : p.asOf().toString());
            o.addProperty("confidence", p.confidence());
            o.add("evidence", evidence(p.evidence()));
            posts.add(o);
        }
        root.add("posts", posts);
        JsonArray meetings = new JsonArray();
        for (Meeting m : facts.meetings()) {
            JsonObject o = new JsonObject();
            o.addProperty("date", m.date() == null ? null : m.date().toString());
            o.addProperty("kind", m.kind());
            o.addProperty("organizer", m.organizer());
            o.add("chairs", strings(m.chairs()));
            o.add("participants", strings(m.participants()));
            o.addProperty("place", m.place());
            o.addProperty("term", m.term());
            o.addProperty("session", m.session());
            o.addProperty("topic", m.topic());
            o.add("evidence", evidence(m.evidence()));
            meetings.add(o);
        }
        root.add("meetings", meetings);
        JsonArray figures = new JsonArray();
        for (Figure f : facts.figures()) {
            JsonObject o = new JsonObject();
            o.addProperty("indicator", f.indicator());
            o.addProperty("concept", f.concept());
            o.addProperty("value", f.value());
            o.addProperty("unit", f.unit());
            o.addProperty("area", f.area());
            o.addProperty("period", f.period());
            o.addProperty("status", f.status().code());
            o.addProperty("surface", f.surface());
            o.add("comparisons", strings(f.comparisons()));
            o.add("evidence", evidence(f.evidence()));
            figures.add(o);
        }
        root.add("figures", figures);
        return root;
    }

    private static JsonArray strings(java.util.List<String> list) {
        JsonArray a = new JsonArray();
        list.forEach(a::add);
        return a;
    }

    private static JsonObject evidence(Evidence e) {
        JsonObject o = new JsonObject();
        o.addProperty("text", e.text());
        o.addProperty("begin", e.begin());
        o.addProperty("end", e.end());
        return o;
    }
}
