package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.pipeline.ArticleIngester;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.ArticleProcessor;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.KgStore;

class BenchRunTest {
    @Test
    void peakHeapIsTheLargestHeapBeforeACollection(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [0.012s][info][gc] Using G1
                [1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms
                [2.345s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 412M->96M(512M) 9.001ms
                [3.456s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 130M->90M(512M) 4ms
                """);
        assertThat(BenchRun.peakHeapMb(log)).isEqualTo(412);
        assertThat(BenchRun.peakHeapMb(dir.resolve("missing.log"))).isEqualTo(-1);
    }

    @Test
    void theServerWarmUpTakesEachKindInTurnAndCyclesWithinIt() {
        List<List<String>> kinds = List.of(List.of("a1", "a2"), List.of("b1"));
        assertThat(IntStream.range(0, 5).mapToObj(i -> BenchRun.interleaved(kinds, i)).toList())
                .containsExactly("a1", "b1", "a2", "b1", "a1");
    }

    @Test
    void theWarmUpArticleIsNotOneOfTheMeasured() {
        // 10 articles, 3 measured: 0, 3 and 6; 5 of 5: all measured, so the last one
        assertThat(BenchRun.unmeasured(10, 3)).isEqualTo(1);
        assertThat(BenchRun.unmeasured(2, 1)).isEqualTo(1);
        assertThat(BenchRun.unmeasured(5, 5)).isEqualTo(4);
    }

    @Test
    void theWarmUpWritesAndLeavesTheStoreAsItWas(@TempDir Path dir) throws IOException {
        List<Path> files = List.of(Path.of("corpus/sample/001_33591164b049cd22.txt"),
                Path.of("corpus/sample/002_5bfcb5e402b5767e.txt"));
        ArticleProcessor processor = new ArticleProcessor(new ArticlePipeline(), new FactMapper("test"));
        try (KgStore store = KgStore.open(dir.resolve("store"));
             ArticleIngester ingester = new ArticleIngester(processor, store, null)) {
            files.forEach(ingester::ingest);
            store.clearLinkPending();
            List<org.apache.jena.rdf.model.Model> before = files.stream()
                    .map(f -> store.graph(IriMinter.articleGraph(f.getFileName().toString()))).toList();
            double cold = BenchRun.warmUp(ingester, files, 1, dir.resolve("edited"));
            assertThat(cold).isPositive();
            for (int i = 0; i < files.size(); i++) {
                assertThat(store.graph(IriMinter.articleGraph(files.get(i).getFileName().toString()))
                        .isIsomorphicWith(before.get(i))).isTrue();
            }
            // it wrote (the second article, edited and restored: linking has it pending), and nothing of the measured one
            assertThat(store.linkPending()).containsExactly(files.get(1).getFileName().toString());
        }
    }
}
