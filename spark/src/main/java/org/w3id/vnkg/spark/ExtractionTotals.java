package org.w3id.vnkg.spark;

import java.io.Serializable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import org.w3id.vnkg.pipeline.BuildReport;

/**
 * What a run of the job did, in kg build's terms: articles read, loaded, duplicates, failed, facts by kind,
 * triples. Summed over the partitions ({@link #plus}), then printed and written as {@code summary.json}.
 */
record ExtractionTotals(long articles, long loaded, long duplicates, long failed, long posts, long meetings,
                        long figures, long triples) implements Serializable {
    static final ExtractionTotals ZERO = new ExtractionTotals(0, 0, 0, 0, 0, 0, 0, 0);

    static ExtractionTotals of(ArticleOutcome o) {
        if (!o.ok()) {
            return new ExtractionTotals(1, 0, 0, 1, 0, 0, 0, 0);
        }
        if (o.duplicateOf() != null) {
            return new ExtractionTotals(1, 0, 1, 0, 0, 0, 0, 0);
        }
        return new ExtractionTotals(1, 1, 0, 0, o.posts(), o.meetings(), o.figures(), o.triples());
    }

    ExtractionTotals plus(ExtractionTotals t) {
        return new ExtractionTotals(articles + t.articles, loaded + t.loaded, duplicates + t.duplicates,
                failed + t.failed, posts + t.posts, meetings + t.meetings, figures + t.figures, triples + t.triples);
    }

    /** As kg build: 0 every article loaded (or was a duplicate), 3 some failed, 1 none loaded. */
    int exitCode() {
        return BuildReport.exitCode(failed, loaded, duplicates);
    }

    String status() {
        return BuildReport.status(exitCode());
    }

    String summary() {
        return String.format("articles: %d read, %d loaded, %d duplicates, %d failed%n", articles, loaded,
                duplicates, failed)
                + String.format("facts:    %d posts, %d meetings, %d figures%n", posts, meetings, figures)
                + String.format("triples:  %d in article graphs%n", triples)
                + "status:   " + status() + "\n";
    }

    String toJson(double seconds) {
        JsonObject o = new JsonObject();
        o.addProperty("status", status());
        o.addProperty("articles", articles);
        o.addProperty("loaded", loaded);
        o.addProperty("duplicates", duplicates);
        o.addProperty("failed", failed);
        o.addProperty("posts", posts);
        o.addProperty("meetings", meetings);
        o.addProperty("figures", figures);
        o.addProperty("triples", triples);
        o.addProperty("seconds", Math.round(seconds * 10) / 10.0);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }
}
