package org.w3id.vnkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskUsageTest {
    @Test
    void countsTheFilesOfAFolderLeavingOutTheNamedSubFolders(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("nodes.dat"), new byte[64 * 1024]);
        Path index = Files.createDirectories(dir.resolve("text-index"));
        Files.write(index.resolve("segment"), new byte[256 * 1024]);

        long whole = DiskUsage.of(dir);
        long withoutIndex = DiskUsage.of(dir, "text-index");

        assertThat(withoutIndex).isGreaterThanOrEqualTo(64 * 1024);
        assertThat(whole - withoutIndex).isGreaterThanOrEqualTo(256 * 1024);
    }

    @Test
    void aFolderThatIsNotThereTakesNothing(@TempDir Path dir) {
        assertThat(DiskUsage.of(dir.resolve("missing"))).isZero();
    }

    @Test
    void aStoreTakesSpace(@TempDir Path dir) {
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            assertThat(store.size()).isZero();
        }
        assertThat(DiskUsage.of(dir.resolve("store"))).isPositive();
    }
}
