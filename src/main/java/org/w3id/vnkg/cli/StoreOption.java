package org.w3id.vnkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --store DIR} option, shared by the commands that open a store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store folder.")
    Path store;
}
