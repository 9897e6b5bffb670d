package org.w3id.vnkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A sampling profile of a piece of work with the JDK's Flight Recorder: the share of CPU samples in which
 * each project method (and CoreNLP's and Jena's entry points) is on the stack.
 * <pre>
 *   Map&lt;String, Double&gt; shares = HotSpots.profile(() -&gt; bench.full(1), 20);
 *   // {"org.w3id.vnkg.extract.DateExpressions.find" = 0.129, ...}
 * </pre>
 */
public final class HotSpots {
    private HotSpots() {
    }

    /** Runs the work under JFR and returns the {@code top} methods by inclusive share of samples. */
    public static Map<String, Double> profile(Runnable work, int top) {
        Path file = null;
        try (Recording rec = new Recording(Configuration.getConfiguration("profile"))) {
            file = Files.createTempFile("vnkg-bench", ".jfr");
            rec.start();
            work.run();
            rec.stop();
            rec.dump(file);
            return inclusiveShares(RecordingFile.readAllEvents(file), top);
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("profiling failed: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static Map<String, Double> inclusiveShares(List<RecordedEvent> events, int top) {
        Map<String, Integer> counts = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            if (!"jdk.ExecutionSample".equals(e.getEventType().getName()) || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : e.getStackTrace().getFrames()) {
                String m = f.getMethod().getType().getName() + "." + f.getMethod().getName();
                if (interesting(m) && seen.add(m)) {
                    counts.merge(m, 1, Integer::sum);
                }
            }
        }
        int total = Math.max(1, samples);
        Map<String, Double> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(en -> out.put(en.getKey(), en.getValue() / (double) total));
        return out;
    }

    private static boolean interesting(String method) {
        return method.startsWith("org.w3id.vnkg.") && !method.startsWith("org.w3id.vnkg.bench.")
                && !method.startsWith("org.w3id.vnkg.cli.")
                || method.equals("edu.stanford.nlp.pipeline.StanfordCoreNLP.annotate")
                || method.equals("org.apache.jena.shacl.validation.ShaclPlainValidator.validate");
    }
}
