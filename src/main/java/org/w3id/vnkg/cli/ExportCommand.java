package org.w3id.vnkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.w3id.vnkg.store.KgStore;

/** {@code kg export --store DIR --format trig|nq|jsonld}: every named graph of the store on stdout. */
@Command(name = "export", description = "Write the whole store (all named graphs) to stdout.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "trig, nq or jsonld.")
    String format;

    @Override
    public Integer call() throws Exception {
        Lang lang = switch (format.toLowerCase()) {
            case "trig" -> Lang.TRIG;
            case "nq", "nquads" -> Lang.NQUADS;
            case "jsonld", "json-ld" -> Lang.JSONLD;
            default -> throw new IllegalArgumentException("unknown format " + format + ": use trig, nq or jsonld");
        };
        try (KgStore kg = KgStore.open(store.store); OutputStream out = new BufferedOutputStream(System.out)) {
            kg.export(lang, out);
        }
        return 0;
    }
}
