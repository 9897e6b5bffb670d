package org.w3id.vnkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.store.DiskUsage;
import org.w3id.vnkg.store.KgStore;

/**
 * {@code kg compact --store DIR}: rewrites a store into a new TDB2 generation holding only its live data and deletes
 * the old one. TDB2 appends on every commit and never reuses space, so a store grows with each {@code kg ingest}
 * or {@code kg link} even when its content does not ({@code kg build} compacts a store it loaded in
 * transactions at its end); this command does it for a store updated since. The text index is left as it is.
 * It needs the store to itself (no {@code kg serve} on it) and disk room for a second copy of the live data
 * while it runs.
 */
@Command(name = "compact", description = "Reclaim the disk that re-ingests and relinking left in a store.")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store)) {
            throw new IllegalArgumentException("no store at " + store.store);
        }
        PrintWriter out = spec.commandLine().getOut();
        // Space allocated (du): TDB2 pre-allocates its files sparsely, so their length overstates it about twofold.
        long before = DiskUsage.of(store.store);
        long t = System.nanoTime();
        try (KgStore kg = KgStore.open(store.store)) {
            kg.compact();
        }
        out.printf(Locale.ROOT, "compacted %s: %.1f MB -> %.1f MB on disk in %.1f s%n", store.store, before / 1e6,
                DiskUsage.of(store.store) / 1e6, (System.nanoTime() - t) / 1e9);
        out.flush();
        return 0;
    }
}
