package org.w3id.vnkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The space a store folder takes on disk: what `kg compact` reports and the benchmarks compare. */
public final class DiskUsage {
    private DiskUsage() {
    }

    /**
     * Bytes a folder takes on disk, leaving out sub-folders with the given names (the text index, say).
     * TDB2 pre-allocates its files sparsely, so the apparent length says little: this is the space allocated,
     * from {@code du}, with the apparent size as a fallback where {@code du} is missing.
     */
    public static long of(Path dir, String... excluded) {
        if (!Files.exists(dir)) {
            return 0;
        }
        List<String> cmd = new ArrayList<>(List.of("du", "-sk"));
        for (String x : excluded) {
            cmd.add("--exclude=" + x);
        }
        cmd.add(dir.toString());
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() == 0) {
                return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // no du here: fall back to the apparent size below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return apparentSize(dir, excluded);
    }

    private static long apparentSize(Path dir, String... excluded) {
        List<String> skip = List.of(excluded);
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(p -> skip.stream().noneMatch(x -> dir.relativize(p).startsWith(x))).toList());
            long sum = 0;
            for (Path p : all) {
                sum += Files.size(p);
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
