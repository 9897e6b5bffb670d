package org.w3id.vnkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.NoLockFactory;

/**
 * The name index of {@code fuseki-config/config.ttl} opened for searching only, for a server that never writes.
 * <pre>
 *   TextIndex index = ReadOnlyTextIndex.open(config);   // analyzer and entity map from the configuration
 *   datasetGraph.getContext().set(TextQuery.textIndex, index);   // text:query finds it there
 * </pre>
 * Jena's Lucene index always opens an {@code IndexWriter} (it takes the folder's write lock and commits at once);
 * jena-text has no read-only switch. Here the folder is opened without a lock and refuses to create, rename or
 * delete a file, so the writer Jena opens can read the index but never change it: a write would fail loudly.
 */
final class ReadOnlyTextIndex {
    private ReadOnlyTextIndex() {
    }

    static TextIndex open(Model config) {
        TextQuery.init();
        List<Statement> specs = config.listStatements(null, TextVocab.pDirectory, (String) null).toList();
        if (specs.size() != 1) {
            throw new IllegalStateException(KgServer.CONFIG + " must have one text:directory, found " + specs.size());
        }
        Resource spec = specs.get(0).getSubject();
        Path folder = Path.of(specs.get(0).getString());
        TextIndexConfig cfg = new TextIndexConfig(
                (EntityDefinition) Assembler.general().open(spec.getRequiredProperty(TextVocab.pEntityMap).getResource()));
        cfg.setAnalyzer((Analyzer) Assembler.general().open(spec.getRequiredProperty(TextVocab.pAnalyzer).getResource()));
        cfg.setValueStored(spec.hasLiteral(TextVocab.pStoreValues, true));
        try {
            return TextDatasetFactory.createLuceneIndex(new Unwritable(FSDirectory.open(folder, NoLockFactory.INSTANCE)),
                    cfg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index " + folder, e);
        }
    }

    /** A folder that can be read only: no file is created, renamed, synced or deleted. */
    private static final class Unwritable extends FilterDirectory {
        Unwritable(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) {
            throw refused(name);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) {
            throw refused(prefix);
        }

        @Override
        public void deleteFile(String name) {
            throw refused(name);
        }

        @Override
        public void rename(String source, String dest) {
            throw refused(source);
        }

        @Override
        public void syncMetaData() {
            // nothing was written
        }

        private static UnsupportedOperationException refused(String name) {
            // Jena's writer only writes to an index that is missing or broken (an interrupted rebuild, say).
            return new UnsupportedOperationException("kg serve opens the text index read-only and it would have to"
                    + " write " + name + ": the index is incomplete; rebuild it with kg link --offline");
        }
    }
}
