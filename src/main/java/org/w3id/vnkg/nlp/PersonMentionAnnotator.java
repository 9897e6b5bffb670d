package org.w3id.vnkg.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

/**
 * Marks the people each sentence names, by the grammar of Vietnamese names ({@link PersonNameFinder}).
 * <pre>
 *   "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường có buổi làm việc ..."
 *   -> PersonMentionsAnnotation = [PersonMention[name=Lương Cường, ...]]
 * </pre>
 * <p><b>Requires</b>: TokensAnnotation, SentencesAnnotation, CharacterOffsetBegin/EndAnnotation.
 * <p><b>Produces</b>: {@link VnAnnotations.PersonMentionsAnnotation} on every sentence. A short reference
 * ("Ông Trung khẳng định") after the full name ("Nguyễn Đình Trung") is a mention whose {@code name} is the
 * full name and whose offsets are those of "Trung".
 * <p><b>Properties</b>: none; any {@code NAME.*} key is rejected. The word lists come from
 * {@code lexicon/} ({@link VnLexicon}). Loaded by {@code customAnnotatorClass.vnperson} in vi.properties.
 */
public final class PersonMentionAnnotator implements Annotator {
    private final PersonNameFinder finder;

    public PersonMentionAnnotator(String name, Properties props) {
        AnnotatorProperties.rejectUnknown(name, props, Set.of());
        this.finder = new PersonNameFinder(VnLexicon.standard());
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            throw new IllegalArgumentException("PersonMentionAnnotator needs sentences: run ssplit first");
        }
        Map<String, String> known = new HashMap<>();
        // the districts and cities the article names after their level word, wherever it does: "Bí thư Thành ủy Từ
        // Sơn" is the town's committee in a story that writes "thị xã Từ Sơn" before it or after
        Set<String> places = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<List<String>> words = TokenWords.of(tokens);
            sentence.set(VnAnnotations.TokenWordsAnnotation.class, words);
            places.addAll(finder.placesNamed(tokens, words));
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<List<String>> words = sentence.get(VnAnnotations.TokenWordsAnnotation.class);
            List<PersonMention> people = finder.find(tokens, words, known, places);
            sentence.set(VnAnnotations.PersonMentionsAnnotation.class, people);
            for (PersonMention m : people) {
                String last = PersonNameFinder.lastSyllableKey(m.name());
                if (known.containsKey(last) && !m.name().equals(known.get(last))) {
                    known.put(last, null); // two people end in the same syllable: "ông Hải" stays unresolved
                } else {
                    known.put(last, m.name());
                }
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.CharacterOffsetBeginAnnotation.class, CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(VnAnnotations.PersonMentionsAnnotation.class, VnAnnotations.TokenWordsAnnotation.class);
    }
}
