package org.w3id.vnkg.cli;

import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;

import picocli.CommandLine.Option;

import org.w3id.vnkg.serve.KgServer;

/** Options of the server, shared by {@code serve} and {@code up}. */
final class ServeOptions {
    @Option(names = "--port", description = "Port (default 3030).")
    int port = 3030;

    @Option(names = "--public", description = "Listen on all interfaces (default: localhost only).")
    boolean publicAccess;

    /** Starts the server and blocks until the process is stopped. */
    int serve(Path store) {
        FusekiServer server = KgServer.builder(store).port(port).publicAccess(publicAccess).build();
        server.start();
        System.err.printf("SPARQL endpoint: http://%s:%d/kg/sparql  (UI: http://localhost:%d/)%n",
                publicAccess ? "0.0.0.0" : "localhost", server.getPort(), server.getPort());
        server.join();
        return 0;
    }
}
