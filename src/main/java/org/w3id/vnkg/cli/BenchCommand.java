package org.w3id.vnkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kg bench ...}: generate articles for scale and measure extraction, loading and queries. */
@Command(name = "bench", description = "Benchmarks: generate articles, measure extraction, loading and queries.",
        subcommands = {BenchGenCommand.class, BenchExtractCommand.class, BenchAllCommand.class, BenchLoadCommand.class,
                BenchQueriesCommand.class,
                CommandLine.HelpCommand.class})
final class BenchCommand {
}
