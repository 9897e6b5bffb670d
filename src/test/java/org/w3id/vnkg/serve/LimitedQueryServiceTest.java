package org.w3id.vnkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The server runs each request on a copy of the cached parse: the copy must be the same query. */
class LimitedQueryServiceTest {
    static Stream<Path> libraryQueries() throws IOException {
        return SparqlCommentsTest.libraryQueries();
    }

    @ParameterizedTest
    @MethodSource("libraryQueries")
    void aCopyOfEveryLibraryQueryIsTheSameQueryAndOwnsItsLimit(Path file) throws IOException {
        Query parsed = QueryFactory.create(SparqlComments.strip(Files.readString(file, StandardCharsets.UTF_8)),
                Syntax.syntaxARQ);
        String written = parsed.serialize();
        Query copy = parsed.cloneQuery();
        assertThat(copy).isEqualTo(parsed);
        assertThat(copy.serialize()).isEqualTo(written);
        assertThat(copy.getProjectVars()).isEqualTo(parsed.getProjectVars());

        copy.setLimit(7);
        assertThat(parsed.serialize()).isEqualTo(written);
    }
}
