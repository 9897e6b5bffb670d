package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
