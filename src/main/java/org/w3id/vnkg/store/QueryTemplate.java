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
 * queries do, e.g. {@code VALUES ?name { "Lê Thị Thu Hồng" }}) loses that default: the bound value replaces
 * it (Jena refuses to substitute a variable a VALUES block assigns).
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
        Query q = bindings.isEmpty() ? parsed.cloneQuery()
                : QueryTransformOps.syntaxSubstitute(withoutDefaults(parsed, bindings.keySet()), bindings);
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
     * The query without the columns of its top-level VALUES blocks that a bound value replaces; a block
     * left without columns goes. Rows that become equal are kept once.
     */
    private static Query withoutDefaults(Query parsed, java.util.Set<Var> bound) {
        Query q = parsed.cloneQuery();
        if (!(q.getQueryPattern() instanceof ElementGroup group)) {
            return q;
        }
        List<Element> kept = new ArrayList<>();
        for (Element e : group.getElements()) {
            if (e instanceof ElementData data && data.getVars().stream().anyMatch(bound::contains)) {
                List<Var> vars = data.getVars().stream().filter(v -> !bound.contains(v)).toList();
                if (!vars.isEmpty()) {
                    ElementData rest = new ElementData();
                    vars.forEach(rest::add);
                    data.getRows().stream().map(r -> project(r, vars)).distinct().forEach(rest::add);
                    kept.add(rest);
                }
            } else {
                kept.add(e);
            }
        }
        ElementGroup g = new ElementGroup();
        kept.forEach(g::addElement);
        q.setQueryPattern(g);
        return q;
    }

    private static Binding project(Binding row, List<Var> vars) {
        org.apache.jena.sparql.engine.binding.BindingBuilder b = BindingFactory.builder();
        for (Var v : vars) {
            Node n = row.get(v);
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
