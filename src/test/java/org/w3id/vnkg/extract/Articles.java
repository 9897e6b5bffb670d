package org.w3id.vnkg.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.nlp.VnPipelineFactory;
import org.w3id.vnkg.normalize.Article;

/** Builds the extract stage's input from a short text, as the pipeline does, for extractor tests. */
final class Articles {
    private static final StanfordCoreNLP NLP = VnPipelineFactory.create();
    private static final DistrictFinder DISTRICTS = new DistrictFinder();
    private static final DistrictFinder COMMUNES = DistrictFinder.communes();
    private static final DistrictFinder CITIES = DistrictFinder.provincialCities();

    private Articles() {
    }

    /** The context of a text with an optional date line (yyyy-mm-dd) and the province the article is about. */
    static ArticleContext context(String text, String published, String province) {
        return context(null, text, published, province);
    }

    /** The context of a text whose headline (its first line) is {@code title}. */
    static ArticleContext context(String title, String text, String published, String province) {
        Article article = new Article("test.txt", text, title, published == null ? null : PartialDate.parse(published),
                "0");
        CoreDocument doc = new CoreDocument(text);
        NLP.annotate(doc);
        return new ArticleContext(article, doc, new DocDateResolver().resolve(article), province,
                DistrictFinder.districtOrCity(DISTRICTS, CITIES, text, province), COMMUNES.mainDistrict(text));
    }
}
