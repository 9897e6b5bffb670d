package org.w3id.vnkg.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;

import picocli.CommandLine.Option;

import org.w3id.vnkg.serve.KgServer;

/** Options of the server, shared by {@code serve} and {@code up}. */
final class ServeOptions {
    @Option(names = "--port", description = "Port (default 3030).")
    int port = 3030;

    @Option(names = "--public", description = "Listen on all interfaces (default: localhost only).")
    boolean publicAccess;

    @Option(names = "--allow-update", description = "Add the update, upload and read-write graph store endpoints "
            + "(fuseki-config/update.ttl), for the users of --password-file only.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to write, one 'user: password' line each (Jetty format). Needed by --allow-update.")
    Path passwordFile;

    @Option(names = "--cors-origins", paramLabel = "ORIGINS", split = ",",
            description = "Origins allowed to call the endpoint from a browser (default: fuseki-config/cors.properties, localhost).")
    List<String> corsOrigins;

    @Option(names = "--timeout", paramLabel = "MS[,MS]",
            description = "Query timeout in ms: to the first result[, in all] (default: fuseki-config/config.ttl, 10000,60000).")
    String timeout;

    @Option(names = "--result-limit", paramLabel = "N", description = "Most rows of one answer (default: config.ttl, 10000).")
    Long resultLimit;

    /** The server these options describe, not started. */
    FusekiServer build(Path store) {
        KgServer server = KgServer.builder(store).port(port).publicAccess(publicAccess);
        if (allowUpdate) {
            if (passwordFile == null) {
                throw new IllegalArgumentException("--allow-update needs --password-file: writes always require a login");
            }
            server.allowUpdate(passwordFile);
        } else if (passwordFile != null) {
            throw new IllegalArgumentException("--password-file is only used with --allow-update");
        }
        if (corsOrigins != null) {
            server.corsOrigins(corsOrigins);
        }
        if (timeout != null) {
            if (!timeout.matches("\\d+(,\\d+)?")) {
                throw new IllegalArgumentException("--timeout takes milliseconds, as 10000 or 10000,60000: " + timeout);
            }
            server.queryTimeout(timeout);
        }
        if (resultLimit != null) {
            server.resultLimit(resultLimit);
        }
        return server.build();
    }

    /** Starts the server and blocks until the process is stopped. */
    int serve(Path store) {
        FusekiServer server = build(store);
        server.start();
        System.err.printf("SPARQL endpoint: http://%s:%d/kg/sparql  (UI: http://localhost:%d/)%n",
                publicAccess ? "0.0.0.0" : "localhost", server.getPort(), server.getPort());
        server.join();
        return 0;
    }
}
