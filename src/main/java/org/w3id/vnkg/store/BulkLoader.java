package org.w3id.vnkg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads RDF files (N-Quads, TriG ... , also gzipped) into a TDB2 store with Jena's TDB2 loaders, as
 * {@code tdb2.tdbloader} does: the way to load what a distributed extraction (the Spark job) wrote.
 * <pre>
 *   try (KgStore store = KgStore.open(Path.of("data/store"))) {
 *       long quads = BulkLoader.load(store, List.of(Path.of("out/quads")), BulkLoader.Mode.BULK, output);
 *   }
 * </pre>
 * A folder stands for the files under it: Hadoop/Spark {@code part-*} files, which have no extension, are
 * read as N-Quads; other files by their extension; {@code _SUCCESS}, {@code .crc} and hidden files are
 * skipped. {@link Mode#BULK} uses the parallel loader, which builds the indexes fastest but is meant for
 * a new store, so it refuses one that holds data. {@link Mode#REPLACE} replaces the named graphs the files
 * hold in one write transaction: either every graph of the files replaces its old content or, when a file cannot
 * be read or parsed, nothing changes. Rerunning it gives the same store, as rerunning kg build does.
 */
public final class BulkLoader {
    /** How to load. */
    public enum Mode {
        /** Jena's parallel loader into a new or empty store. */
        BULK,
        /** Replace the files' named graphs in a store that may hold others, atomically. */
        REPLACE
    }

    private BulkLoader() {
    }

    /** Loads the files (and the files under the folders) given; returns the number of quads read. */
    public static long load(KgStore store, List<Path> inputs, Mode mode, MonitorOutput output) {
        List<Path> files = expand(inputs);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no RDF files in " + inputs);
        }
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        if (mode == Mode.REPLACE) {
            return replace(dsg, files, output);
        }
        if (!Txn.calculateRead(dsg, dsg::isEmpty)) {
            throw new IllegalArgumentException("--bulk loads into a new or empty store, and "
                    + store.location() + " holds data: load without --bulk to replace graphs in it");
        }
        DataLoader loader = LoaderFactory.parallelLoader(dsg, output);
        loader.startBulk();
        try {
            for (Path file : files) {
                try (InputStream in = open(file)) {
                    loader.loadFromInputStream(file.toUri().toString(), in, lang(file));
                } catch (RiotException e) {
                    // Name the file and the line in one sentence, not a stack trace.
                    throw new IllegalArgumentException(file + ": not valid RDF: " + e.getMessage(), e);
                }
            }
            loader.finishBulk();
        } catch (IOException e) {
            loader.finishException(e);
            throw new UncheckedIOException("cannot read " + e.getMessage(), e);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads() + loader.countTriples();
    }

    /**
     * Replaces the named graphs of the files in one write transaction: a graph is cleared the first time one of
     * its quads is read, then filled. A file that cannot be read or parsed, at any point, aborts the transaction,
     * so the store keeps its old graphs (none half-replaced, none removed). One pass over the files: TDB2 writes
     * a transaction's new blocks to disk as it goes, so its size is not bounded by the heap.
     */
    private static long replace(DatasetGraph dsg, List<Path> files, MonitorOutput output) {
        Set<Node> cleared = new HashSet<>();
        long[] count = {0};
        StreamRDFBase sink = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                quad(Quad.create(Quad.defaultGraphIRI, triple));
            }

            @Override
            public void quad(Quad quad) {
                if (!quad.isDefaultGraph() && cleared.add(quad.getGraph())) {
                    dsg.removeGraph(quad.getGraph());
                }
                dsg.add(quad);
                count[0]++;
            }
        };
        Txn.executeWrite(dsg, () -> {
            for (Path file : files) {
                output.print("Loading %s", file);
                try (InputStream in = open(file)) {
                    RDFParser.source(in).lang(lang(file)).parse(sink);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        });
        return count[0];
    }

    /** The files to load, in name order: each file given, and the data files under each folder given. */
    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(BulkLoader::isDataFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in, e);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + in);
            }
        }
        return files;
    }

    private static boolean isDataFile(Path p) {
        String n = p.getFileName().toString();
        if (n.startsWith(".") || n.startsWith("_") || n.endsWith(".crc")) {
            return false;
        }
        return isPartFile(n) || RDFLanguages.pathnameToLang(n) != null;
    }

    /** A Spark/Hadoop output file: {@code part-00000}, {@code part-00000.gz}. */
    private static boolean isPartFile(String name) {
        return name.startsWith("part-") && !name.substring(5).replace(".gz", "").contains(".");
    }

    private static Lang lang(Path file) {
        String n = file.getFileName().toString();
        if (isPartFile(n)) {
            return Lang.NQUADS;
        }
        Lang lang = RDFLanguages.pathnameToLang(n);
        if (lang == null) {
            throw new IllegalArgumentException(
                    file + ": unknown RDF format (use .nq, .trig, .ttl ... or part-* N-Quads)");
        }
        return lang;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
