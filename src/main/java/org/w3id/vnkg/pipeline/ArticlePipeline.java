package org.w3id.vnkg.pipeline;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.w3id.vnkg.extract.ArticleContext;
import org.w3id.vnkg.extract.DistrictFinder;
import org.w3id.vnkg.extract.DocDateResolver;
import org.w3id.vnkg.extract.FigureExtractor;
import org.w3id.vnkg.extract.MeetingExtractor;
import org.w3id.vnkg.extract.PostExtractor;
import org.w3id.vnkg.extract.ProvinceFinder;
import org.w3id.vnkg.extract.MastheadProvince;
import org.w3id.vnkg.extract.SiteProvince;
import org.w3id.vnkg.facts.ArticleInfo;
import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.ingest.RawArticle;
import org.w3id.vnkg.nlp.VnPipelineFactory;
import org.w3id.vnkg.normalize.Article;
import org.w3id.vnkg.normalize.ArticleCleaner;

/**
 * From one raw article to its facts: normalise, annotate with CoreNLP, extract.
 * <pre>
 *   ArticlePipeline pipeline = new ArticlePipeline();   // loads rules and gazetteers once
 *   DocumentFacts facts = pipeline.extract(ArticleReader.read(path));
 * </pre>
 * The result depends only on the article's text and the shared reference data; one instance can be
 * used from many threads.
 */
public final class ArticlePipeline {
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final StanfordCoreNLP nlp = VnPipelineFactory.create();
    private final DocDateResolver dates = new DocDateResolver();
    private final ProvinceFinder provinces = new ProvinceFinder();
    private final SiteProvince sites = new SiteProvince();
    private final MastheadProvince mastheads = new MastheadProvince(provinces);
    private final DistrictFinder districts = new DistrictFinder();
    private final DistrictFinder communes = DistrictFinder.communes();
    private final DistrictFinder cities = DistrictFinder.provincialCities();
    private final PostExtractor posts = new PostExtractor();
    private final MeetingExtractor meetings = new MeetingExtractor();
    private final FigureExtractor figures = new FigureExtractor();

    public DocumentFacts extract(RawArticle raw) {
        Article article = cleaner.clean(raw);
        CoreDocument doc = new CoreDocument(article.text());
        nlp.annotate(doc);
        PartialDate eventDate = dates.resolve(article);
        String named = provinces.mainProvince(article.text());
        // a province the story names only once, past its lead, is one it speaks of in passing: the page's own stands
        String province = provinces.namedInPassing(article.text(), named) ? null : named;
        if (province == null) {
            // a provincial newspaper's story that leaves its province to its masthead: "(Baoquangngai.vn)- ..."
            province = sites.provinceOf(article.text());
        }
        if (province == null) {
            // a portal that names its province only in its masthead: "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN X - TỈNH LAI CHÂU"
            province = mastheads.provinceOf(raw.text());
        }
        if (province == null) {
            province = named;
        }
        ArticleContext ctx = new ArticleContext(article, doc, eventDate, province,
                DistrictFinder.districtOrCity(districts, cities, article.text(), province),
                communes.mainDistrict(article.text()));
        ArticleInfo info = new ArticleInfo(article.docId(), article.title(), article.published(), eventDate,
                article.contentHash());
        return new DocumentFacts(info, posts.extract(ctx), meetings.extract(ctx), figures.extract(ctx));
    }
}
