package org.w3id.vnkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SPARQL query from a {@code .rq} file with values bound to its {@code ?variables} from Java. Values are
 * put into the parsed query as RDF terms, never pasted into its text, so a name holding quotes, braces or
 * line breaks stays one literal and cannot change the query.
 * <pre>
 *   Query q = QueryTemplate.load("queries/person-posts.rq")
 *           .bind("name", "Lê Thị Thu Hồng")          // ?name becomes the literal "Lê Thị Thu Hồng"
 *           .values("doc", List.of("a.txt", "b.txt"))  // VALUES ?doc { "a.txt" "b.txt" }
 *           .query();
 * </pre>
 * A bound variable that the file gives a default in a VALUES block of its WHERE group (as the library's
 * queries do, e.g. {@code VALUES ?name { "Lê Thị Thu Hồng" }}) keeps its column there, holding the bound value
 * instead of the default: it stays a variable, so the query may still sort by it or project it from a sub-select
 * (a constant may stand in neither place). Any other bound variable is replaced by its value.
 * Binding a variable the query does not use is refused: it is almost always a typo that would silently
 * leave the query unfiltered. Instances are immutable; {@code bind} returns a new template.
 */
public final class QueryTemplate {
    private final String source;
    private final Query parsed;
    private final Map<Var, Node> bindings;
    private final Map<Var, List<Node>> values;

    private QueryTemplate(String source, Query parsed, Map<Var, Node> bindings, Map<Var, List<Node>> values) {
        this.source = source;
        this.parsed = parsed;
        this.bindings = bindings;
        this.values = values;
    }

    /** A template from a classpath resource, such as {@code queries/eval/posts.rq}. */
    public static QueryTemplate load(String resource) {
        try (InputStream in = QueryTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("query not found on the classpath: " + resource));
            }
            return of(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A template from query text; {@code source} names it in error messages. */
    public static QueryTemplate of(String source, String sparql) {
        return new QueryTemplate(source, QueryFactory.create(sparql), Map.of(), Map.of());
    }

    /** Binds {@code ?name} to a plain string literal. */
    public QueryTemplate bind(String name, String literal) {
        return bind(name, NodeFactory.createLiteralString(Objects.requireNonNull(literal, name)));
    }

    /** Binds {@code ?name} to an IRI. */
    public QueryTemplate bindIri(String name, String iri) {
        return bind(name, NodeFactory.createURI(Objects.requireNonNull(iri, name)));
    }

    public QueryTemplate bind(String name, Node value) {
        Var v = usedVar(name);
        Map<Var, Node> b = new LinkedHashMap<>(bindings);
        b.put(v, value);
        return new QueryTemplate(source, parsed, Map.copyOf(b), values);
    }

    /** Restricts {@code ?name} to one of the given string literals, as a VALUES block. */
    public QueryTemplate values(String name, List<String> literals) {
        Var v = usedVar(name);
        Map<Var, List<Node>> vs = new LinkedHashMap<>(values);
        vs.put(v, literals.stream().map(NodeFactory::createLiteralString).toList());
        return new QueryTemplate(source, parsed, bindings, Map.copyOf(vs));
    }

    /** The query with every bound value put in. */
    public Query query() {
        Query q = parsed.cloneQuery();
        if (!bindings.isEmpty()) {
            Map<Var, Node> rest = new LinkedHashMap<>(bindings);
            q = withBoundDefaults(q, rest);
            q = rest.isEmpty() ? q : QueryTransformOps.syntaxSubstitute(q, rest);
        }
        if (!values.isEmpty()) {
            if (q.hasValues()) {
                throw new IllegalStateException(source + " already has a VALUES block");
            }
            List<Var> vars = new ArrayList<>(values.keySet());
            List<Binding> rows = new ArrayList<>();
            addRows(vars, 0, BindingFactory.binding(), rows);
            q.setValuesDataBlock(vars, rows);
        }
        return q;
    }

    /**
     * The query with the bound values in the columns of its top-level VALUES blocks, in place of the defaults there;
     * the variables put in are taken out of {@code bound}. Rows that become equal are kept once.
     */
    private static Query withBoundDefaults(Query q, Map<Var, Node> bound) {
        if (!(q.getQueryPattern() instanceof ElementGroup group)) {
            return q;
        }
        Map<Var, Node> put = new LinkedHashMap<>();
        ElementGroup g = new ElementGroup();
        for (Element e : group.getElements()) {
            if (e instanceof ElementData data && data.getVars().stream().anyMatch(bound::containsKey)) {
                ElementData with = new ElementData();
                data.getVars().forEach(with::add);
                data.getRows().stream().map(r -> replace(r, data.getVars(), bound)).distinct().forEach(with::add);
                data.getVars().stream().filter(bound::containsKey).forEach(v -> put.put(v, bound.get(v)));
                g.addElement(with);
            } else {
                g.addElement(e);
            }
        }
        put.keySet().forEach(bound::remove);
        q.setQueryPattern(g);
        return q;
    }

    private static Binding replace(Binding row, List<Var> vars, Map<Var, Node> bound) {
        org.apache.jena.sparql.engine.binding.BindingBuilder b = BindingFactory.builder();
        for (Var v : vars) {
            Node n = bound.containsKey(v) ? bound.get(v) : row.get(v);
            if (n != null) {
                b.add(v, n);
            }
        }
        return b.build();
    }

    /** Rows of the VALUES block: every combination of the listed values (one variable gives one row each). */
    private void addRows(List<Var> vars, int i, Binding prefix, List<Binding> out) {
        if (i == vars.size()) {
            out.add(prefix);
            return;
        }
        for (Node n : values.get(vars.get(i))) {
            addRows(vars, i + 1, BindingFactory.binding(prefix, vars.get(i), n), out);
        }
    }

    private Var usedVar(String name) {
        String bare = name.startsWith("?") || name.startsWith("$") ? name.substring(1) : name;
        Var v = Var.alloc(bare);
        if (!mentions(v)) {
            throw new IllegalArgumentException(source + " has no variable ?" + bare);
        }
        return v;
    }

    private boolean mentions(Var v) {
        return PatternVars.vars(parsed.getQueryPattern()).contains(v)
                || parsed.isQueryResultStar() || parsed.getProjectVars().contains(v);
    }
}
