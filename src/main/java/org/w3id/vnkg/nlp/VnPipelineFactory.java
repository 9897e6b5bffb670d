package org.w3id.vnkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Builds the CoreNLP pipeline for Vietnamese news from {@code org/w3id/vnkg/nlp/vi.properties}.
 * <pre>
 *   StanfordCoreNLP nlp = VnPipelineFactory.create();
 *   CoreDocument doc = new CoreDocument(article.text());
 *   nlp.annotate(doc);
 * </pre>
 * A pipeline is thread-safe for {@code annotate}; build one per process and share it.
 */
public final class VnPipelineFactory {
    private static final String PROPERTIES = "/org/w3id/vnkg/nlp/vi.properties";

    private VnPipelineFactory() {
    }

    public static Properties properties() {
        Properties props = new Properties();
        try (InputStream in = VnPipelineFactory.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + PROPERTIES));
            }
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROPERTIES, e);
        }
        return props;
    }

    public static StanfordCoreNLP create() {
        return new StanfordCoreNLP(properties());
    }
}
