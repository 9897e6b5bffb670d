// Where one article's re-ingest spends its time, phase by phase, in a built store (issue 8: < 100 ms).
// A hand tool for bench/FINDINGS.md, run as a single-file program against the jar (no build step):
//   java -Xmx2g -cp target/vnkg.jar bench/ReingestProbe.java STORE WORKDIR N FILES...
// For each of the first N FILES (articles of STORE's corpus), three re-ingests: the same text, the text edited
// (its longest line dropped, as kg bench all does) and the original back. Each prints one tab-separated line:
//   case extract hash diff delete nodes add commit index total majflt triples
// in ms, as wall(CPU of the thread) where both are known (majflt: major page faults of the process during the re-ingest, i.e. pages of the store read from disk).
// The phases are measured in a write transaction that is then aborted (nothing written); the re-ingest itself
// then goes through ArticleIngester as kg ingest does, and "commit" is the time from the end of its writes to the
// end of its commit (the fsyncs). Then a line times the old way, the whole graph removed and added back, and
// two rounds compare the N edits and N restores committed one by one with the same in two transactions of N
// (ArticleIngester.ingestAll, kg ingest --batch): store + text index time per article and the growth of the store.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.w3id.vnkg.cli.Main;
import org.w3id.vnkg.pipeline.ArticleIngester;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.ArticleProcessor;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.serve.KgServer;
import org.w3id.vnkg.store.DiskUsage;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

public class ReingestProbe {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int n = Integer.parseInt(args[2]);
        List<Path> files = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        // The version kg ingest records (Main's): with another, every article's extraction-run triples would differ.
        ArticleProcessor processor = new ArticleProcessor(new ArticlePipeline(), new FactMapper(Main.version()));
        System.out.println("case\textract\thash\tdiff\tdelete\tnodes\tadd\tcommit\tindex\ttotal\tmajflt\ttriples");
        try (KgStore kg = KgStore.open(storeDir);
             ArticleIngester ingester = new ArticleIngester(processor, kg,
                     TextIndexer.updater(KgServer.builder(storeDir).config()))) {
            processor.process(files.get(0));
            for (int i = 0; i < Math.min(n, files.size()); i++) {
                Path f = files.get(i);
                Path e = work.resolve(f.getFileName().toString());
                Files.writeString(e, withoutLongestLine(Files.readString(f, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
                probe("same", kg, processor, ingester, f);
                probe("edited", kg, processor, ingester, e);
                probe("back", kg, processor, ingester, f);
            }
            wholeGraph(kg, processor, files.get(0));
            // The same N edits and N restores, one transaction per article, then one per N articles.
            List<Path> edited = new ArrayList<>();
            List<Path> originals = files.subList(0, Math.min(n, files.size()));
            originals.forEach(f -> edited.add(work.resolve(f.getFileName().toString())));
            for (int round = 0; round < 2; round++) {
                long before = DiskUsage.of(storeDir, "text-index");
                double single = 0;
                long t = System.nanoTime();
                for (int i = 0; i < originals.size(); i++) {
                    for (Path f : List.of(edited.get(i), originals.get(i))) {
                        ArticleIngester.Outcome o = ingester.ingest(f);
                        single += o.storeMs() + o.indexMs();
                    }
                }
                double singleWall = ms(System.nanoTime() - t);
                long afterSingle = DiskUsage.of(storeDir, "text-index");
                double batched = 0;
                t = System.nanoTime();
                for (List<Path> batch : List.of(edited, originals)) {
                    for (ArticleIngester.Outcome o : ingester.ingestAll(batch)) {
                        batched += o.storeMs() + o.indexMs();
                    }
                }
                double batchWall = ms(System.nanoTime() - t);
                long afterBatch = DiskUsage.of(storeDir, "text-index");
                System.out.printf(java.util.Locale.ROOT, "one commit per article: %d re-ingests, store+index %.0f ms"
                        + " (%.1f per article), all %.0f ms, store grew %.1f MB%n", 2 * originals.size(), single,
                        single / (2 * originals.size()), singleWall, (afterSingle - before) / 1e6);
                System.out.printf(java.util.Locale.ROOT, "one commit per %d articles: %d re-ingests, store+index %.0f"
                        + " ms (%.1f per article), all %.0f ms, store grew %.1f MB%n", originals.size(),
                        2 * originals.size(), batched, batched / (2 * originals.size()), batchWall,
                        (afterBatch - afterSingle) / 1e6);
            }
        }
    }

    private static void probe(String label, KgStore kg, ArticleProcessor processor, ArticleIngester ingester, Path f)
            throws Exception {
        long fault0 = majorFaults();
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ArticleProcessor.Result r = processor.process(f);
        long c1 = CPU.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        kg.articlesWithContentHash(r.facts().article().contentHash());
        long c2 = CPU.getCurrentThreadCpuTime();
        long t2 = System.nanoTime();
        DatasetGraph dsg = kg.dataset().asDatasetGraph();
        Node g = NodeFactory.createURI(r.graphName());
        long[] phase = new long[4];
        long[] cpu = new long[4];
        kg.dataset().begin(TxnType.WRITE);
        try {
            // The same comparison as KgStore.diff (numbers compared in the form TDB2 reads them back), though a
            // changed decimal is deleted here by its node, which misses it: the transaction is aborted anyway.
            long ca = CPU.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            Set<Triple> fresh = new HashSet<>();
            r.graph().getGraph().find().forEachRemaining(t -> fresh.add(asStored(t)));
            Set<Triple> old = new HashSet<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> old.add(asStored(q.asTriple())));
            List<Triple> removed = old.stream().filter(t -> !fresh.contains(t)).toList();
            List<Triple> added = fresh.stream().filter(t -> !old.contains(t)).toList();
            long cb = CPU.getCurrentThreadCpuTime();
            long b = System.nanoTime();
            removed.forEach(t -> dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
            long cc = CPU.getCurrentThreadCpuTime();
            long c = System.nanoTime();
            NodeTable nodes = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
            Set<Node> distinct = new HashSet<>();
            added.forEach(t -> { distinct.add(t.getSubject()); distinct.add(t.getPredicate()); distinct.add(t.getObject()); });
            distinct.forEach(nodes::getNodeIdForNode);
            long cd = CPU.getCurrentThreadCpuTime();
            long d = System.nanoTime();
            added.forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            long e = System.nanoTime();
            long ce = CPU.getCurrentThreadCpuTime();
            cpu[0] = cb - ca;
            cpu[1] = cc - cb;
            cpu[2] = cd - cc;
            cpu[3] = ce - cd;
            phase[0] = b - a;
            phase[1] = c - b;
            phase[2] = d - c;
            phase[3] = e - d;
        } finally {
            kg.dataset().abort();
            kg.dataset().end();
        }
        long t3 = System.nanoTime();
        ArticleIngester.Outcome o = ingester.ingest(f);
        long t4 = System.nanoTime();
        long fault1 = majorFaults();
        // The re-ingest's own store time minus the writes measured just before: roughly its commit.
        double commit = Math.max(0, o.storeMs() - ms(phase[0] + phase[1] + phase[3]));
        System.out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.1f\t%.1f\t%s\t%d\t%d%n", label, ms(t1 - t0, c1 - c0),
                ms(t2 - t1, c2 - c1), ms(phase[0], cpu[0]), ms(phase[1], cpu[1]), ms(phase[2], cpu[2]),
                ms(phase[3], cpu[3]), o.removed() + o.added() == 0 ? 0 : commit, o.indexMs(),
                ms(t4 - t3, (long) (o.cpuMs() * 1e6)), fault1 - fault0, o.removed() + o.added());
    }

    /** Wall time (CPU time of the thread), in ms. */
    private static String ms(long wall, long cpu) {
        return String.format(java.util.Locale.ROOT, "%.1f(%.1f)", wall / 1e6, cpu / 1e6);
    }

    /** The old way: every triple of the article deleted and added back, in a transaction then aborted. */
    private static void wholeGraph(KgStore kg, ArticleProcessor processor, Path f) {
        ArticleProcessor.Result r = processor.process(f);
        DatasetGraph dsg = kg.dataset().asDatasetGraph();
        Node g = NodeFactory.createURI(r.graphName());
        kg.dataset().begin(TxnType.WRITE);
        try {
            long a = System.nanoTime();
            dsg.removeGraph(g);
            long b = System.nanoTime();
            r.graph().getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            long c = System.nanoTime();
            System.out.printf("whole-graph\tremove %.1f ms, add %.1f ms, %d triples%n", ms(b - a), ms(c - b),
                    r.graph().size());
        } finally {
            kg.dataset().abort();
            kg.dataset().end();
        }
    }

    private static Triple asStored(Triple t) {
        NodeId inline = t.getObject().isLiteral() ? NodeIdInline.inline(t.getObject()) : null;
        return inline == null ? t : Triple.create(t.getSubject(), t.getPredicate(), NodeIdInline.extract(inline));
    }

    private static String withoutLongestLine(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int longest = 1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).length() > lines.get(longest).length()) {
                longest = i;
            }
        }
        lines.remove(longest);
        return String.join("\n", lines) + "\n";
    }

    private static long majorFaults() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[9]);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
