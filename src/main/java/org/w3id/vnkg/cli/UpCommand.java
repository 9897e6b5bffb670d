package org.w3id.vnkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg up}: the main job on the bundled sample: build corpus/sample into data/store, then serve it. */
@Command(name = "up", description = "Build corpus/sample into data/store and serve it at http://localhost:3030/kg.")
final class UpCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = "Articles to build (default corpus/sample).")
    Path corpus = Path.of("corpus/sample");

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default data/store).")
    Path store = Path.of("data/store");

    @Mixin
    ServeOptions serve;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int built = new CommandLine(new BuildCommand()).setOut(spec.commandLine().getOut())
                .setErr(spec.commandLine().getErr())
                .execute("--corpus", corpus.toString(), "--store", store.toString());
        if (built == 1 || built == 2) {
            return built;
        }
        return serve.serve(store);
    }
}
