package org.w3id.vnkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

/**
 * The SPARQL server: Fuseki configured from {@code fuseki-config/config.ttl} with the store's folder put in.
 * <pre>
 *   FusekiServer server = KgServer.builder(Path.of("data/store")).port(3030).build();
 *   server.start();      // http://localhost:3030/kg/sparql
 * </pre>
 * Binds to the loopback interface unless {@code publicAccess} is set. Read-only unless {@link #allowUpdate} names a
 * password file; every query has the configured timeout and row cap ({@link LimitedQueryService}); CORS follows
 * {@code fuseki-config/cors.properties} (localhost origins only by default). The Fuseki UI is served at {@code /}, the
 * relationship graph page at {@code /graph} ({@link GraphPageServlet}). A store without a text index (built by an
 * older version) gets one before the server starts.
 */
public final class KgServer {
    public static final String CONFIG = "fuseki-config/config.ttl";
    private static final Property TDB2_LOCATION =
            ResourceFactory.createProperty("http://jena.apache.org/2016/tdb#location");
    private static final Property FUSEKI_DATASET =
            ResourceFactory.createProperty("http://jena.apache.org/fuseki#dataset");
    private static final Property TEXT_DATASET =
            ResourceFactory.createProperty("http://jena.apache.org/text#dataset");
    private static final Property TEXT_DIRECTORY =
            ResourceFactory.createProperty("http://jena.apache.org/text#directory");

    public static final String UPDATE_CONFIG = "fuseki-config/update.ttl";
    public static final String CORS_CONFIG = "fuseki-config/cors.properties";
    private static final String BASE = "file:///fuseki-config/config.ttl";
    private static final Property CXT_NAME = ResourceFactory.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#cxtName");
    private static final Property CXT_VALUE = ResourceFactory.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#cxtValue");

    private final Path store;
    private int port = 3030;
    private boolean publicAccess;
    private Path passwordFile;
    private String queryTimeout;
    private Long resultLimit;
    private List<String> corsOrigins;

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

    /**
     * Adds the write endpoints of {@code fuseki-config/update.ttl} (update, upload, read-write graph store), each
     * open only to the users of this password file (Jetty format, {@code user: password} per line), over HTTP
     * basic authentication. Without it the server has no write endpoint at all.
     */
    public KgServer allowUpdate(Path passwordFile) {
        if (!Files.isRegularFile(passwordFile)) {
            throw new IllegalArgumentException("no password file at " + passwordFile);
        }
        this.passwordFile = passwordFile.toAbsolutePath();
        return this;
    }

    /** Replaces the query timeout of the configuration: milliseconds to the first result, and in all ("1000,5000"). */
    public KgServer queryTimeout(String value) {
        this.queryTimeout = value;
        return this;
    }

    /** Replaces the configuration's cap on the rows of an answer. */
    public KgServer resultLimit(long value) {
        this.resultLimit = value;
        return this;
    }

    /** Replaces the origins of cors.properties allowed to call the endpoint from a browser. */
    public KgServer corsOrigins(List<String> origins) {
        this.corsOrigins = List.copyOf(origins);
        return this;
    }

    /** The Fuseki configuration with the store's folder as the TDB2 location. */
    public Model config() {
        Model config = ModelFactory.createDefaultModel();
        try (InputStream in = KgServer.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + CONFIG));
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONFIG, e);
        }
        if (passwordFile != null) {
            try (InputStream in = resource(UPDATE_CONFIG)) {
                RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(config);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + UPDATE_CONFIG, e);
            }
        }
        if (queryTimeout != null) {
            setContext(config, "vnkg:queryTimeout", queryTimeout);
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
        boolean readOnly = passwordFile == null;
        if (readOnly) {
            serveStoreDirectly(config);
        }
        long limit = resultLimit != null ? resultLimit : Long.parseLong(contextValue(config, "vnkg:resultLimit", "10000"));
        String timeout = contextValue(config, "vnkg:queryTimeout", null);
        FusekiServer.Builder b = FusekiServer.create()
                // Before parseConfig: the query endpoints of the configuration get the limited handler.
                .registerOperation(Operation.Query, new LimitedQueryService(limit, timeout))
                .enableCors(true, corsFile().toString())
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
        if (passwordFile != null) {
            b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).realm("vnkg");
        }
        FusekiServer server = b.build();
        setOutputBuffer(server, Integer.parseInt(contextValue(config, "vnkg:outputBufferSize", "32768")));
        if (readOnly) {
            TextIndex index = ReadOnlyTextIndex.open(config);
            server.getDataAccessPointRegistry().accessPoints().forEach(point ->
                    point.getDataService().getDataset().getContext().set(TextQuery.textIndex, index));
        }
        return server;
    }

    /**
     * A read-only server queries the TDB2 dataset itself, not the jena-text wrapper around it: TDB2 runs a query
     * with its own engine (joins on node ids, the union default graph read from its indexes) only on a dataset it
     * recognises as its own, and the wrapper, which exists to index writes, hides it. The search's
     * {@code text:query} still finds the name index, put into the dataset's context ({@link ReadOnlyTextIndex}).
     * With {@link #allowUpdate}, writes must reach the index, so the wrapper stays.
     */
    private static void serveStoreDirectly(Model config) {
        for (Statement s : config.listStatements(null, FUSEKI_DATASET, (Resource) null).toList()) {
            Statement inner = s.getResource().getProperty(TEXT_DATASET);
            if (inner != null) {
                s.changeObject(inner.getResource());
            }
        }
    }

    /** cors.properties, with the origins replaced when asked, as a file for Fuseki to read. */
    private Path corsFile() {
        Properties cors = new Properties();
        try (InputStream in = resource(CORS_CONFIG)) {
            cors.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (corsOrigins != null) {
                cors.setProperty("allowedOrigins", String.join(",", corsOrigins));
            }
            Path file = Files.createTempFile("vnkg-cors", ".properties");
            file.toFile().deleteOnExit();
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                cors.store(w, "from " + CORS_CONFIG);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + CORS_CONFIG, e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = KgServer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    private static void setContext(Model config, String name, String value) {
        List<Statement> names = config.listStatements(null, CXT_NAME, name).toList();
        if (names.isEmpty()) {
            throw new IllegalStateException(CONFIG + " has no context entry " + name);
        }
        for (Statement s : names) {
            s.getSubject().removeAll(CXT_VALUE).addProperty(CXT_VALUE, value);
        }
    }

    /**
     * Fuseki gives each response a 5 MB output buffer, too large for Jetty's buffer pool to keep: every request,
     * even a ping, allocated and zeroed 5 MB, about 3 ms, more than a key query takes. With a small buffer a larger
     * answer is streamed in chunks; the price is that an error after the first chunk (a timeout mid-answer) can no
     * longer become an HTTP error status, and the client sees a cut answer instead.
     */
    private static void setOutputBuffer(FusekiServer server, int bytes) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(bytes);
            }
        }
    }

    private static String contextValue(Model config, String name, String dflt) {
        for (Statement s : config.listStatements(null, CXT_NAME, name).toList()) {
            return s.getSubject().getProperty(CXT_VALUE).getString();
        }
        return dflt;
    }

    /** A store built before the names were indexed gets its text index now, so search works on it too; so does one
     * whose index an interrupted {@code kg ingest} left uncommitted ({@link TextIndexer#isComplete}). */
    private void ensureTextIndex(Model config) {
        if (TextIndexer.isComplete(store) || !Files.isDirectory(store)) {
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
