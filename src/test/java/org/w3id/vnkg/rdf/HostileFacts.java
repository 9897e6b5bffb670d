package org.w3id.vnkg.rdf;

import java.util.List;

import org.w3id.vnkg.facts.ArticleInfo;
import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.facts.Evidence;
import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.Meeting;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.facts.Post;

/**
 * Facts of an article written to attack whoever shows them: a name, a body, a headline and a sentence that
 * carry HTML, script, quotes, backslashes and SPARQL/DOT syntax. Every one of them must stay inert text.
 * The name starts with "Mã Độc" (a real Vietnamese surname, Mã) so the search box finds it by "ma doc".
 */
public final class HostileFacts {
    public static final String DOC = "hostile_666.txt";
    public static final String NAME = "Mã Độc <img src=x onerror=\"window.__pwned=1\">";
    public static final String BODY = "Tỉnh ủy <script>window.__pwned=2</script> Bắc Giang";
    public static final String SENTENCE = "Ông " + NAME + ", Bí thư " + BODY
            + " nói: \"} ; DROP ALL ; \\\" <b onmouseover=alert(3)>xem</b> <a href=\"javascript:window.__pwned=4\">";

    private HostileFacts() {
    }

    public static DocumentFacts facts() {
        PartialDate date = new PartialDate(2024, 5, 2);
        Evidence e = new Evidence(DOC, 0, SENTENCE.length(), SENTENCE);
        return new DocumentFacts(
                new ArticleInfo(DOC, "<script>window.__pwned=5</script>Tin giả", date, date, "1".repeat(64)),
                List.of(new Post(NAME, Gender.MALE, null, "Bí thư", BODY, "Bắc Giang", Post.Qualifier.NONE, date, 0.5,
                        e)),
                List.of(new Meeting(date, "hội nghị <i>độc</i>", BODY, List.of(NAME), List.of(NAME), null, null, null,
                        null, e)),
                List.of());
    }
}
