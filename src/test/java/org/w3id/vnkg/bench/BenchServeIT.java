package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.vnkg.cli.Main;

/**
 * The query part of {@code kg bench all} against {@code kg serve} started from the packaged jar in a process of its
 * own, on a store built from the bundled sample: the key queries are answered, the report says where the server
 * ran, and the server is stopped afterwards.
 */
class BenchServeIT {
    @TempDir
    Path work;

    @Test
    void timesKgServeRunningInAProcessOfItsOwnAndStopsIt() throws Exception {
        Path jar = Path.of("target/vnkg.jar");
        assertThat(jar).exists();
        Path store = work.resolve("store");
        assertThat(Main.run("build", "--corpus", "corpus/sample", "--store", store.toString())).isZero();
        Path library = Files.createDirectories(work.resolve("no-library"));
        BenchReport report = new BenchReport("test", Map.of());
        List<String> log = new ArrayList<>();
        BenchRun.Config cfg = new BenchRun.Config(0, 0, work, 0, 1, 0, Duration.ofSeconds(1), Duration.ofSeconds(1), 2, jar, null, library,
                "512m");
        new BenchRun(cfg, report, log::add).queriesOverServe(store);

        assertThat(report.failures()).isEmpty();
        String md = report.queriesMarkdown();
        Matcher served = Pattern.compile("`kg serve` on the store in a process of its own \\((http://localhost:(\\d+)/kg/"
                + "sparql)\\), started in [0-9.]+ s").matcher(md);
        assertThat(served.find()).as(md).isTrue();
        String who = md.lines().filter(l -> l.startsWith("| " + BenchRun.WHO_HELD + " |")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(who.split("\\|")[2].trim())).isPositive();

        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://localhost:" + served.group(2) + "/$/ping"))
                .timeout(Duration.ofSeconds(2)).build();
        boolean stillAnswers;
        try {
            stillAnswers = HttpClient.newHttpClient().send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException stopped) {
            stillAnswers = false;
        }
        assertThat(stillAnswers).as("the server process was stopped").isFalse();
    }
}
