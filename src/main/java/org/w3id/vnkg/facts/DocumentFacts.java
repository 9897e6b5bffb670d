package org.w3id.vnkg.facts;

import java.util.List;
import java.util.Objects;

/** Everything extracted from one article: the output of the extract stage. */
public record DocumentFacts(ArticleInfo article, List<Post> posts, List<Meeting> meetings, List<Figure> figures) {
    public DocumentFacts {
        Objects.requireNonNull(article, "article");
        posts = List.copyOf(posts);
        meetings = List.copyOf(meetings);
        figures = List.copyOf(figures);
    }

    public int factCount() {
        return posts.size() + meetings.size() + figures.size();
    }
}
