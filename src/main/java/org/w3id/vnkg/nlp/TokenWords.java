package org.w3id.vnkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import org.w3id.vnkg.normalize.Abbreviations;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The matching keys of tokens and of gazetteer phrases: lower case, one tone-mark placement, and for
 * tokens, abbreviations expanded, so that "UBND" and "Ủy ban nhân dân", "uỷ" and "ủy" match alike.
 * <pre>
 *   of(tokens "Chủ", "tịch", "UBND") = [[chủ], [tịch], [ủy, ban, nhân, dân]]
 *   ofPhrase("TP.")                  = [tp, .]       (as the tokenizer splits it)
 * </pre>
 */
public final class TokenWords {
    private static final int CACHE_SIZE = 100_000;
    // A plain concurrent map that stops growing at CACHE_SIZE: a Guava LoadingCache's LRU bookkeeping on
    // every read cost more than the keys it saved (JFR). Past the bound, keys are computed each time.
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    /** A dotted abbreviation run into a number: "Q.1", "P.12". */
    private static final Pattern NUMBERED_UNIT = Pattern.compile("^(\\p{L}{1,2}\\.)(\\d{1,3})$");

    private TokenWords() {
    }

    /** One list of key words per token. */
    public static List<List<String>> of(List<CoreLabel> tokens) {
        List<List<String>> out = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            out.add(ofToken(t.word()));
        }
        return out;
    }

    /**
     * The key words of a sentence's tokens: those the pipeline stored on it, else computed from its tokens (a
     * sentence made outside the pipeline).
     */
    public static List<List<String>> of(CoreMap sentence) {
        List<List<String>> words = sentence.get(VnAnnotations.TokenWordsAnnotation.class);
        return words != null ? words : of(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }

    /** The key words of one token: "UBND" gives four words, "Tỉnh" one. */
    public static List<String> ofToken(String word) {
        // News text repeats a few thousand syllables: computing a key once per distinct token keeps the
        // layer's cost below the tokenizer's.
        List<String> key = CACHE.get(word);
        if (key == null) {
            key = computeKey(word);
            if (CACHE.size() < CACHE_SIZE) {
                CACHE.putIfAbsent(word, key);
            }
        }
        return key;
    }

    private static List<String> computeKey(String word) {
        String expanded = Abbreviations.standard().expand(word);
        if (expanded.equals(word) && NUMBERED_UNIT.matcher(word).matches()) {
            // "Q.1" is one token: "quận 1" when its head is an abbreviation, else left as it is
            String split = NUMBERED_UNIT.matcher(word).replaceFirst("$1 $2");
            String e = Abbreviations.standard().expand(split);
            expanded = e.equals(split) ? word : e;
        }
        String key = TextNormalizer.key(expanded);
        if (key.isEmpty()) {
            return List.of(word);
        }
        // "NN&PTNT" is one token but "KH & ĐT" three: split at "&" so that both match "Sở KH&ĐT".
        String spaced = key.indexOf('&') < 0 ? key : key.replace("&", " & ").strip();
        return spaced.indexOf(' ') < 0 ? List.of(spaced) : List.of(spaced.split(" +"));
    }

    /** The key words of a gazetteer phrase, with a final period or comma split off as the tokenizer does. */
    public static List<String> ofPhrase(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : TextNormalizer.key(phrase).replace("&", " & ").split(" ")) {
            if (w.length() > 1 && (w.endsWith(",") || w.endsWith(";"))) {
                out.add(w.substring(0, w.length() - 1)); // "Bộ Văn hóa, Thể thao và Du lịch"
                out.add(w.substring(w.length() - 1));
            } else if (w.length() > 1 && w.endsWith(".")) {
                out.add(w.substring(0, w.length() - 1));
                out.add(".");
            } else if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }
}
