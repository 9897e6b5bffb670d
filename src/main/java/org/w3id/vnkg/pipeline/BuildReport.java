package org.w3id.vnkg.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * What a build did: articles read, loaded, skipped as duplicates and failed (each with its reason),
 * facts by kind and triples. Printed as a summary and written as JSON for machines.
 */
public final class BuildReport {
    /** One article that could not be loaded, and why. */
    public record Failure(String file, String reason) {
    }

    private int articles;
    private int loaded;
    private int posts;
    private int meetings;
    private int figures;
    private long triples;
    private final List<String> duplicates = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<List<String>> commits = new ArrayList<>();

    synchronized void read() {
        articles++;
    }

    synchronized void loaded(int postCount, int meetingCount, int figureCount, long tripleCount) {
        loaded++;
        posts += postCount;
        meetings += meetingCount;
        figures += figureCount;
        triples += tripleCount;
    }

    synchronized void duplicate(String file, String original) {
        duplicates.add(file + " (same text as " + original + ")");
    }

    synchronized void failed(String file, String reason) {
        failures.add(new Failure(file, reason));
    }

    synchronized void committed(List<String> files) {
        commits.add(List.copyOf(files));
    }

    /** The file names of each commit, in order: a store killed after commit k holds commits 1..k. */
    public synchronized List<List<String>> commits() {
        return List.copyOf(commits);
    }

    public synchronized int articles() {
        return articles;
    }

    public synchronized int loaded() {
        return loaded;
    }

    public synchronized long triples() {
        return triples;
    }

    public synchronized List<Failure> failures() {
        return Collections.unmodifiableList(new ArrayList<>(failures));
    }

    public synchronized List<String> duplicates() {
        return List.copyOf(duplicates);
    }

    /** 0 when every article loaded, 3 when some failed ("partial"), 1 when articles existed and none loaded. */
    public synchronized int exitCode() {
        return exitCode(failures.size(), loaded, duplicates.size());
    }

    /** The rule every way of building shares: 0 all loaded (or duplicates), 3 some failed, 1 none loaded. */
    public static int exitCode(long failed, long loaded, long duplicates) {
        if (failed == 0) {
            return 0;
        }
        return loaded == 0 && duplicates == 0 ? 1 : 3;
    }

    /** The word for an exit status: ok, partial or failed. */
    public static String status(int exitCode) {
        return exitCode == 0 ? "ok" : exitCode == 3 ? "partial" : "failed";
    }

    public synchronized String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("articles: %d read, %d loaded, %d duplicates, %d failed%n",
                articles, loaded, duplicates.size(), failures.size()));
        s.append(String.format("facts:    %d posts, %d meetings, %d figures%n", posts, meetings, figures));
        s.append(String.format("triples:  %d in article graphs%n", triples));
        for (String d : duplicates) {
            s.append("duplicate: ").append(d).append('\n');
        }
        for (Failure f : failures) {
            s.append("FAILED ").append(f.file()).append(": ").append(f.reason()).append('\n');
        }
        s.append("status:   ").append(status(exitCode())).append('\n');
        return s.toString();
    }

    public synchronized String toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("status", status(exitCode()));
        o.addProperty("articles", articles);
        o.addProperty("loaded", loaded);
        o.addProperty("posts", posts);
        o.addProperty("meetings", meetings);
        o.addProperty("figures", figures);
        o.addProperty("triples", triples);
        JsonArray dups = new JsonArray();
        duplicates.forEach(dups::add);
        o.add("duplicates", dups);
        JsonArray fails = new JsonArray();
        for (Failure f : failures) {
            JsonObject fo = new JsonObject();
            fo.addProperty("file", f.file());
            fo.addProperty("reason", f.reason());
            fails.add(fo);
        }
        o.add("failures", fails);
        JsonArray txns = new JsonArray();
        for (List<String> c : commits) {
            JsonArray files = new JsonArray();
            c.forEach(files::add);
            txns.add(files);
        }
        o.add("commits", txns);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
    }
}
