// Re-ingest as kg bench all does (BenchRun.reingest), one line per article in order, to see which re-ingests are the
// slow ones and whether they spend CPU or wait. A hand tool for bench/FINDINGS.md, run against the jar:
//   java -Xmx2g [-Dwarm=ROUNDS] -cp target/vnkg.jar bench/ReingestSeries.java STORE CORPUS EDITDIR N [VERSION]
// For N articles spread over CORPUS (the store's corpus): the same text, the text without its longest line, the text
// back. -Dwarm=ROUNDS first edits and restores the corpus's second article ROUNDS times (the write path warmed).
// Columns: i, same ms, edited extract/store/index/total ms, GC ms during the edited one, triples removed/added, CPU ms
// of the edited one, back ms. Use a copy of a store: it ends with the same graphs, but its link list grown.
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3id.vnkg.cli.Main;
import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.pipeline.ArticleIngester;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.ArticleProcessor;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.serve.KgServer;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

public class ReingestSeries {
    public static void main(String[] a) throws Exception {
        Path store = Path.of(a[0]);
        List<Path> files = ArticleReader.listCorpus(Path.of(a[1]));
        Path edits = Files.createDirectories(Path.of(a[2]));
        int n = Integer.parseInt(a[3]);
        // The version kg ingest records (Main's): with another, every article's extraction-run triples would differ.
        ArticleProcessor processor = new ArticleProcessor(new ArticlePipeline(),
                new FactMapper(a.length > 4 ? a[4] : Main.version()));
        long t0 = System.nanoTime();
        try (KgStore kg = KgStore.open(store);
             ArticleIngester in = new ArticleIngester(processor, kg,
                     TextIndexer.updater(KgServer.builder(store).config()))) {
            System.out.printf("open %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            processor.process(files.get(0));
            int rounds = Integer.getInteger("warm", 0);
            if (rounds > 0) {
                Path w = files.get(1);
                Path we = edited(w, Files.createDirectories(edits.resolve("warm")));
                for (int k = 0; k < rounds; k++) {
                    ArticleIngester.Outcome o = in.ingest(we);
                    System.out.printf("warm %d: %.0f ms (-%d +%d, CPU %.0f ms), back %.0f ms%n", k, o.totalMs(),
                            o.removed(), o.added(), o.cpuMs(), in.ingest(w).totalMs());
                }
            }
            System.out.println("i\tsame\tedExtract\tedStore\tedIndex\tedTotal\tgcMs\tremoved\tadded\tcpu\tback");
            for (int i = 0; i < n; i++) {
                Path f = files.get((int) ((long) i * files.size() / n));
                ArticleIngester.Outcome same = in.ingest(f);
                Path e = edited(f, edits);
                long gc = gcMs();
                ArticleIngester.Outcome o = in.ingest(e);
                gc = gcMs() - gc;
                ArticleIngester.Outcome back = in.ingest(f);
                System.out.printf("%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\t%d\t%.1f\t%.1f%n", i, same.totalMs(),
                        o.extractMs(), o.storeMs(), o.indexMs(), o.totalMs(), gc, o.removed(), o.added(), o.cpuMs(),
                        back.totalMs());
            }
        }
    }

    /** The article without its longest line, under its own file name in {@code dir}. */
    private static Path edited(Path f, Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readString(f, StandardCharsets.UTF_8).lines().toList());
        int longest = 0;
        for (int k = 1; k < lines.size(); k++) {
            if (lines.get(k).length() > lines.get(longest).length()) {
                longest = k;
            }
        }
        lines.remove(longest);
        Path e = dir.resolve(f.getFileName().toString());
        Files.writeString(e, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return e;
    }

    private static long gcMs() {
        long t = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += b.getCollectionTime();
        }
        return t;
    }
}
