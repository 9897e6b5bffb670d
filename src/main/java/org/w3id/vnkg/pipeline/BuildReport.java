package org.w3id.vnkg.pipeline;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.management.OperatingSystemMXBean;

/**
 * What a build did: articles read, loaded, skipped as duplicates and failed (each with its reason),
 * facts by kind and triples, and the wall-clock seconds of each phase (extract+load, link, text index, publish...)
 * so a slow build shows where its time went. Printed as a summary and written as JSON for machines.
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
    private final Map<String, Long> phaseNanos = new LinkedHashMap<>();
    private final Map<String, Long> phaseCpuNanos = new LinkedHashMap<>();

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

    /** A phase being timed: {@link #end()} adds its wall-clock and CPU time to the report. */
    public final class Phase {
        private final String name;
        private final long wall = System.nanoTime();
        private final long cpu = processCpuNanos();

        private Phase(String name) {
            this.name = name;
        }

        public void end() {
            long wallNanos = System.nanoTime() - wall;
            long cpuNanos = processCpuNanos() - cpu;
            synchronized (BuildReport.this) {
                phaseNanos.merge(name, wallNanos, Long::sum);
                phaseCpuNanos.merge(name, cpuNanos, Long::sum);
            }
        }
    }

    /**
     * Starts timing a phase; phases keep the order they were first timed in, and one timed twice adds up. Public:
     * the command that runs the build times its own steps (text index, compaction, publishing) into the report.
     */
    public Phase start(String phase) {
        return new Phase(phase);
    }

    /** Wall-clock seconds by phase, in the order the build went through them. */
    public synchronized Map<String, Double> phases() {
        return seconds(phaseNanos);
    }

    /**
     * CPU seconds of the whole process by phase: CPU well under 2× wall on 2 cores means the phase waited (for
     * the disk, for one thread, or for other programs on a shared machine).
     */
    public synchronized Map<String, Double> phaseCpu() {
        return seconds(phaseCpuNanos);
    }

    private static Map<String, Double> seconds(Map<String, Long> nanos) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.forEach((phase, n) -> seconds.put(phase, n / 1e9));
        return seconds;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
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
        if (!phaseNanos.isEmpty()) {
            StringBuilder line = new StringBuilder();
            phases().forEach((phase, sec) -> line.append(line.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.1f s (cpu %.1f s)", phase, sec,
                            phaseCpu().getOrDefault(phase, 0.0))));
            s.append("phases:   ").append(line).append('\n');
        }
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
        JsonObject phaseSeconds = new JsonObject();
        phases().forEach((phase, sec) -> phaseSeconds.addProperty(phase, Math.round(sec * 1000) / 1000.0));
        o.add("phaseSeconds", phaseSeconds);
        JsonObject cpuSeconds = new JsonObject();
        phaseCpu().forEach((phase, sec) -> cpuSeconds.addProperty(phase, Math.round(sec * 1000) / 1000.0));
        o.add("phaseCpuSeconds", cpuSeconds);
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
