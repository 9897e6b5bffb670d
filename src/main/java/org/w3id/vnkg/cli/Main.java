package org.w3id.vnkg.cli;

import org.w3id.vnkg.bench.HugeMethods;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command: build a knowledge graph from Vietnamese political news and serve it.
 * <pre>
 *   kg build --corpus corpus/sample --store data/store
 *   kg query --store data/store -e 'SELECT * { ?s ?p ?o } LIMIT 5'
 *   kg serve --store data/store
 * </pre>
 */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Knowledge graph of Vietnamese political news: extract, load, query, serve.",
        subcommands = {BuildCommand.class, QueryCommand.class, ServeCommand.class, UpCommand.class,
                ExtractCommand.class, ExportCommand.class, LoadCommand.class, IngestCommand.class, CompactCommand.class,
                BenchCommand.class, LinkCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        HugeMethods.warning().ifPresent(System.err::println);
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting: tests call this. */
    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                    || ex instanceof java.io.UncheckedIOException) {
                line.getErr().println("kg: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cmd.execute(args);
    }

    /** The software version, from the jar's manifest: recorded on each article's extraction run, so every
     * way of building (kg build, the Spark job) must take it from here. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** The version of the running jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kg " + version()};
        }
    }
}
