package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

import org.w3id.vnkg.facts.Evidence;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.normalize.Article;

/**
 * What every extractor reads: the cleaned article, its CoreNLP annotation, the sentences of the main
 * story, the resolved event date, the article's own province (null when it names none) and, for a story
 * about a district or a commune, that district or commune (null otherwise).
 */
public final class ArticleContext {
    private final Article article;
    private final CoreDocument document;
    private final List<Sentence> sentences;
    private final PartialDate eventDate;
    private final String province;
    private final DistrictFinder.District district;
    private final DistrictFinder.District commune;
    private List<Integer> namedYears; // computed on first use: the figure and meeting extractors both anchor on it
    private Set<String> deceased; // computed on first use: the post and meeting extractors both leave them out

    public ArticleContext(Article article, CoreDocument document, PartialDate eventDate, String province) {
        this(article, document, eventDate, province, null);
    }

    public ArticleContext(Article article, CoreDocument document, PartialDate eventDate, String province,
                          DistrictFinder.District district) {
        this(article, document, eventDate, province, district, null);
    }

    public ArticleContext(Article article, CoreDocument document, PartialDate eventDate, String province,
                          DistrictFinder.District district, DistrictFinder.District commune) {
        this.article = Objects.requireNonNull(article, "article");
        this.document = Objects.requireNonNull(document, "document");
        DefinedShortNames.standard().mark(document); // "Tổng Giám đốc EVN" after "Tập đoàn Điện lực Việt Nam (EVN)"
        this.sentences = sentencesOf(article, document);
        this.eventDate = eventDate;
        this.province = province;
        this.district = district;
        this.commune = commune;
    }

    private static List<Sentence> sentencesOf(Article article, CoreDocument document) {
        List<Sentence> out = new ArrayList<>();
        for (CoreSentence s : document.sentences()) {
            int begin = s.charOffsets().first();
            int end = s.charOffsets().second();
            String text = article.text().substring(begin, end).strip();
            if (!text.isEmpty()) {
                out.add(new Sentence(out.size(), begin, end, text, s));
            }
        }
        return List.copyOf(out);
    }

    public Article article() {
        return article;
    }

    public CoreDocument document() {
        return document;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Whether no line break stands between an earlier sentence and {@code s}: one paragraph holds both. */
    public boolean sameParagraph(Sentence earlier, Sentence s) {
        return article.text().substring(Math.min(earlier.end(), s.begin()), s.begin()).indexOf('\n') < 0;
    }

    /** The date of the article's main event, or null when the text gives no way to know it. */
    public PartialDate eventDate() {
        return eventDate;
    }

    /** The province the article is about, as written, or null. */
    public String province() {
        return province;
    }

    /** The years the story names as "năm 2023" ({@link DateExpressions#namedYears}), scanned once per context. */
    public List<Integer> namedYears() {
        if (namedYears == null) {
            namedYears = List.copyOf(DateExpressions.namedYears(article.text()));
        }
        return namedYears;
    }

    /** The keys of the people the story reports dead ({@link DeceasedPeople}), found once per context. */
    public Set<String> deceased() {
        if (deceased == null) {
            deceased = DeceasedPeople.standard().in(sentences);
        }
        return deceased;
    }

    /** The district the article is about ("huyện Mộc Châu"), or null. */
    public DistrictFinder.District district() {
        return district;
    }

    /** The commune the article is about ("xã Ia Hrung"), or null. */
    public DistrictFinder.District commune() {
        return commune;
    }

    public Evidence evidence(Sentence s) {
        return new Evidence(article.docId(), s.begin(), s.end(), s.text());
    }

    public ArticleContext withProvince(String newProvince) {
        return new ArticleContext(article, document, eventDate, newProvince, district, commune);
    }

    public ArticleContext withDistrict(DistrictFinder.District newDistrict) {
        return new ArticleContext(article, document, eventDate, province, newDistrict, commune);
    }

    public ArticleContext withEventDate(PartialDate date) {
        return new ArticleContext(article, document, date, province, district, commune);
    }
}
