package org.w3id.vnkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.system.progress.MonitorOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.link.LinkData;
import org.w3id.vnkg.link.Linker;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.serve.KgServer;
import org.w3id.vnkg.store.BulkLoader;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.NewStoreFolder;
import org.w3id.vnkg.store.TextIndexer;

/**
 * {@code kg load [--bulk] --store DIR FILES...}: load RDF files, or the folders the Spark job wrote, into a
 * TDB2 store with Jena's TDB2 loader. With {@code --bulk}, the parallel loader into a new store, filled as
 * {@code DIR.partial} and renamed when loaded, linked and indexed (see {@link NewStoreFolder}); without,
 * the named graphs in the files replace those in the store, in one write transaction (all or nothing). Then, as
 * kg build does after its last article, the offline linking step rewrites the reference graph and rebuilds the inferred graph, which depend on the
 * whole corpus and so are never part of a per-article output.
 */
@Command(name = "load", description = "Load N-Quads/TriG files or Spark output folders into a TDB2 store.")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--bulk", description = "Jena's parallel bulk loader; the store must be new or empty.")
    boolean bulk;

    @Option(names = "--no-link", description = "Skip rebuilding the reference and inferred graphs (run kg link later).")
    boolean noLink;

    @Parameters(paramLabel = "FILES", arity = "1..*",
            description = "RDF files (.nq, .trig ..., also .gz) or folders of Spark part-* N-Quads files.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        MonitorOutput output = (fmt, args) -> {
            err.println(String.format(fmt, args));
            err.flush();
        };
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        // A new store is bulk-loaded aside and renamed when whole: Jena's parallel loader commits index by index.
        boolean aside = bulk && NewStoreFolder.isNew(store.store);
        Path target = aside ? NewStoreFolder.prepare(store.store) : store.store;
        KgStore kg = KgStore.open(target);
        boolean loaded = false;
        try {
            long quads = BulkLoader.load(kg, files, bulk ? BulkLoader.Mode.BULK : BulkLoader.Mode.REPLACE, output);
            out.printf("loaded %d quads into %s in %.1f s%n", quads, store.store, (System.nanoTime() - start) / 1e9);
            if (!noLink) {
                // A new store is thrown away if this fails: its inferred graph, unless the files brought one, can
                // take the bulk loader too (a write transaction of 13M triples took over 10 minutes at 100k articles).
                boolean bulkLink = aside && kg.isGraphEmpty(IriMinter.inferredGraph());
                long inferred = new Linker(LinkData.standard()).link(kg, bulkLink);
                out.printf("inferred graph rebuilt offline: %d triples%n", inferred);
            }
            // Written to TDB2 directly: the name index of the graph page's search box is rebuilt to match.
            TextIndexer.rebuild(kg, KgServer.builder(target).config());
            loaded = true;
        } finally {
            if (aside) {
                kg.release();
                if (!loaded) {
                    NewStoreFolder.discard(target);
                }
            } else {
                kg.close();
            }
        }
        if (aside) {
            NewStoreFolder.publish(target, store.store);
        }
        out.flush();
        return 0;
    }
}
