package org.w3id.vnkg.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kg serve --store DIR [--port 3030] [--public]}: the read-only SPARQL endpoint at /kg and the Fuseki UI. */
@Command(name = "serve", description = "Serve the store over SPARQL (read-only) at http://localhost:PORT/kg.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ServeOptions serve;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store)) {
            throw new IllegalArgumentException("no store at " + store.store + ": run kg build first");
        }
        return serve.serve(store.store);
    }
}
