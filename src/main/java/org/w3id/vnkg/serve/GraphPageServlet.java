package org.w3id.vnkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the relationship graph page at {@code /graph}: the page's files from the classpath folder
 * {@code org/w3id/vnkg/web/}, Cytoscape.js from its webjar, and the SPARQL it runs from {@code queries/web/}.
 * <pre>
 *   GET /graph/                       index.html
 *   GET /graph/app.js                 org/w3id/vnkg/web/app.js
 *   GET /graph/lib/cytoscape.min.js   META-INF/resources/webjars/cytoscape/VERSION/dist/cytoscape.min.js
 *   GET /graph/queries/edges.rq       queries/web/edges.rq
 * </pre>
 * Only the names listed here and {@code queries/web/*.rq} are served, never a path taken from the request. Every
 * answer carries a Content-Security-Policy that allows scripts from this server only, so text from articles can
 * never run in the page even if some code wrote it as markup.
 */
public final class GraphPageServlet extends HttpServlet {
    /** Where the page is mounted. */
    public static final String PATH = "/graph";

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String WEB = "org/w3id/vnkg/web/";
    private static final Pattern QUERY_NAME = Pattern.compile("queries/([a-z][a-z0-9-]*)\\.rq");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "rq", "application/sparql-query; charset=utf-8",
            "svg", "image/svg+xml");

    private final Map<String, String> files = Map.of(
            "", WEB + "index.html",
            "index.html", WEB + "index.html",
            "app.js", WEB + "app.js",
            "sparql.js", WEB + "sparql.js",
            "graph.css", WEB + "graph.css",
            "lib/cytoscape.min.js", cytoscapeResource(),
            "lib/cytoscape.LICENSE", cytoscapeResource().replace("dist/cytoscape.min.js", "LICENSE"));

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        if (info == null) {
            // /graph -> /graph/, so the page's relative links resolve under /graph/.
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        String name = info.substring(1);
        String resource = files.get(name);
        if (resource == null && QUERY_NAME.matcher(name).matches()) {
            resource = "queries/web/" + name.substring("queries/".length());
        }
        try (InputStream in = resource == null ? null : getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "text/plain; charset=utf-8"));
            resp.setHeader("Content-Security-Policy", CSP);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Referrer-Policy", "no-referrer");
            resp.setHeader("Cache-Control", "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }

    /** The classpath name of cytoscape.min.js in the webjar, whose folder names the version. */
    static String cytoscapeResource() {
        String props = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
        try (InputStream in = GraphPageServlet.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("the cytoscape webjar is missing from the classpath (" + props + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return "META-INF/resources/webjars/cytoscape/" + p.getProperty("version") + "/dist/cytoscape.min.js";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + props, e);
        }
    }
}
