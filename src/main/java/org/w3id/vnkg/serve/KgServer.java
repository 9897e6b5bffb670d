package org.w3id.vnkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

/**
 * The SPARQL server: Fuseki configured from {@code fuseki-config/config.ttl} with the store's folder put in.
 * <pre>
 *   FusekiServer server = KgServer.builder(Path.of("data/store")).port(3030).build();
 *   server.start();      // http://localhost:3030/kg/sparql
 * </pre>
 * Binds to the loopback interface unless {@code publicAccess} is set. The Fuseki UI is served at {@code /}, the
 * relationship graph page at {@code /graph} ({@link GraphPageServlet}). A store without a text index (built by an
 * older version) gets one before the server starts.
 */
public final class KgServer {
    public static final String CONFIG = "fuseki-config/config.ttl";
    private static final Property TDB2_LOCATION =
            ResourceFactory.createProperty("http://jena.apache.org/2016/tdb#location");
    private static final Property TEXT_DIRECTORY =
            ResourceFactory.createProperty("http://jena.apache.org/text#directory");

    private final Path store;
    private int port = 3030;
    private boolean publicAccess;

    private KgServer(Path store) {
        this.store = store.toAbsolutePath();
    }

    public static KgServer builder(Path store) {
        return new KgServer(store);
    }

    /** The port; 0 picks a free one. */
    public KgServer port(int value) {
        this.port = value;
        return this;
    }

    /** Listen on all interfaces instead of localhost only. */
    public KgServer publicAccess(boolean value) {
        this.publicAccess = value;
        return this;
    }

    /** The Fuseki configuration with the store's folder as the TDB2 location. */
    public Model config() {
        Model config = ModelFactory.createDefaultModel();
        try (InputStream in = KgServer.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + CONFIG));
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///fuseki-config/config.ttl").parse(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONFIG, e);
        }
        List<Statement> locations = config.listStatements(null, TDB2_LOCATION, (String) null).toList();
        if (locations.isEmpty()) {
            throw new IllegalStateException(CONFIG + " has no tdb2:location");
        }
        for (Statement s : locations) {
            Resource dataset = s.getSubject();
            config.remove(s);
            config.add(dataset, TDB2_LOCATION, store.toString());
        }
        for (Statement s : config.listStatements(null, TEXT_DIRECTORY, (String) null).toList()) {
            config.remove(s);
            config.add(s.getSubject(), TEXT_DIRECTORY, store.resolve(TextIndexer.FOLDER).toString());
        }
        return config;
    }

    public FusekiServer build() {
        Model config = config();
        ensureTextIndex(config);
        FusekiServer.Builder b = FusekiServer.create()
                .port(port)
                .loopback(!publicAccess)
                .parseConfig(config)
                .enablePing(true)
                .enableStats(true)
                .addServlet(GraphPageServlet.PATH + "/*", new GraphPageServlet());
        String ui = fusekiUi();
        if (ui != null) {
            // The UI lists datasets from /$/server: the read-only status action, not the admin module
            // (which would also allow creating and deleting datasets).
            b.staticFileBase(ui)
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet("/$/validate/query", new QueryValidator())
                    .addServlet("/$/validate/update", new UpdateValidator())
                    .addServlet("/$/validate/iri", new IRIValidator())
                    .addServlet("/$/validate/langtag", new LangTagValidator())
                    .addServlet("/$/validate/data", new DataValidator());
        }
        return b.build();
    }

    /** A store built before the names were indexed gets its text index now, so search works on it too. */
    private void ensureTextIndex(Model config) {
        if (Files.isDirectory(store.resolve(TextIndexer.FOLDER)) || !Files.isDirectory(store)) {
            return;
        }
        try (KgStore kg = KgStore.open(store)) {
            TextIndexer.rebuild(kg, config);
        }
    }

    /** The Fuseki UI files inside the jena-fuseki-ui jar, as a URL Jetty can serve, or null. */
    private static String fusekiUi() {
        URL index = KgServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null) {
            return null;
        }
        String s = index.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
    }
}
