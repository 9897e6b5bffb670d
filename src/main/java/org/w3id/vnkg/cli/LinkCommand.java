package org.w3id.vnkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.link.LinkData;
import org.w3id.vnkg.link.Linker;
import org.w3id.vnkg.link.WikidataReconciler;
import org.w3id.vnkg.serve.KgServer;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

/**
 * {@code kg link --store DIR [--endpoint URL] [--offline]}: rewrites the reference graph and rebuilds the
 * inferred graph from the link set shipped with the project, then reconciles the persons left without a
 * Wikidata item against a SPARQL endpoint (Wikidata's by default). Without a network the offline result
 * stays and the command says so; it still exits 0.
 */
@Command(name = "link", description = "Rebuild the reference, inferred and entities graphs; reconcile online when possible.")
final class LinkCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "SPARQL endpoint shaped like Wikidata's (default: " + WikidataReconciler.WIKIDATA + ").")
    String endpoint = WikidataReconciler.WIKIDATA;

    @Option(names = "--offline", description = "Do not ask the endpoint.")
    boolean offline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store)) {
            throw new IllegalArgumentException("no store at " + store.store + ": run kg build first");
        }
        PrintWriter out = spec.commandLine().getOut();
        Linker linker = new Linker(LinkData.standard());
        try (KgStore kg = KgStore.open(store.store)) {
            long inferred = linker.link(kg);
            out.println("inferred graph rebuilt offline: " + inferred + " triples");
            if (!offline) {
                try {
                    long added = linker.addOnline(kg, new WikidataReconciler(endpoint));
                    out.println("online reconciliation against " + endpoint + ": " + added + " triples added");
                } catch (RuntimeException e) {
                    // No network (or the endpoint refused): the offline graph is complete on its own.
                    out.println("online reconciliation skipped (" + endpoint + " unreachable: "
                            + e.getClass().getSimpleName() + ")");
                }
            }
            // Written to TDB2 directly: the name index of the graph page's search box is rebuilt to match.
            TextIndexer.rebuild(kg, KgServer.builder(store.store).config());
        }
        out.flush();
        return 0;
    }
}
