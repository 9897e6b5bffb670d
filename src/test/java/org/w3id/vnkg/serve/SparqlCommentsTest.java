package org.w3id.vnkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SparqlCommentsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "a whole line                 | ~# who held it\nASK {}~                                  | ~\nASK {}~",
        "after a pattern              | ~ASK { ?s ?p ?o } # any triple\n~                     | ~ASK { ?s ?p ?o } \n~",
        "kept in an IRI               | ~PREFIX kg: <https://w3id.org/vnkg/ontology#> # ns~ | ~PREFIX kg: <https://w3id.org/vnkg/ontology#> ~",
        "kept in a string             | ~ASK { ?s ?p \"Tỉnh ủy # 1\" } # a label~           | ~ASK { ?s ?p \"Tỉnh ủy # 1\" } ~",
        "kept in a single-quoted one  | ~ASK { ?s ?p 'số #2' }~                             | ~ASK { ?s ?p 'số #2' }~",
        "an escaped quote             | ~ASK { ?s ?p \"a\\\"#b\" }#c~                         | ~ASK { ?s ?p \"a\\\"#b\" }~",
        "a long string over lines     | ~ASK { ?s ?p \"\"\"dòng 1 # không\n\"dòng\" 2\"\"\" }#c~ | ~ASK { ?s ?p \"\"\"dòng 1 # không\n\"dòng\" 2\"\"\" }~",
        "an escaped hash in a name    | ~ASK { ex:a\\#b ?p ?o } # c~                        | ~ASK { ex:a\\#b ?p ?o } ~",
        "a comparison, not an IRI     | ~FILTER (?from <= ?date) # bound\n~                  | ~FILTER (?from <= ?date) \n~",
        "a comparison without spaces  | ~FILTER (?a<?b) #x\n~                               | ~FILTER (?a<?b) \n~",
        "a line end of Windows kept   | ~# c\r\nASK {}~                                      | ~\r\nASK {}~",
    })
    void cutsCommentsOnly(String what, String text, String expected) {
        assertThat(SparqlComments.strip(text)).isEqualTo(expected);
    }

    @Test
    void aTextWithoutHashIsReturnedAsItIs() {
        String q = "SELECT * { ?s ?p ?o } LIMIT 1";
        assertThat(SparqlComments.strip(q)).isSameAs(q);
    }

    @Test
    void anUnclosedStringIsLeftForTheParserToReport() {
        String q = "ASK { ?s ?p \"\"\"không đóng # x }";
        assertThat(SparqlComments.strip(q)).isEqualTo(q);
    }

    @Test
    void aParseErrorIsReportedAtTheSameLineAndColumn() {
        String q = "# a query with an error\nSELECT * {\n  ?s ?p ?o . # fine\n  ?s ?q }\n";
        assertThatThrownBy(() -> QueryFactory.create(q)).isInstanceOfSatisfying(QueryParseException.class, original ->
            assertThatThrownBy(() -> QueryFactory.create(SparqlComments.strip(q)))
                .isInstanceOfSatisfying(QueryParseException.class, stripped -> {
                    assertThat(stripped.getLine()).isEqualTo(original.getLine());
                    assertThat(stripped.getColumn()).isEqualTo(original.getColumn());
                }));
    }

    static Stream<Path> libraryQueries() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources/org/w3id/vnkg/bench/queries"))) {
            return Stream.concat(files.stream(), s.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream());
        }
    }

    /** Every query of the library and the bench parses to the same query without its comments. */
    @ParameterizedTest
    @MethodSource("libraryQueries")
    void theLibraryMeansTheSameWithoutComments(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String stripped = SparqlComments.strip(text);
        assertThat(stripped.lines().count()).isEqualTo(text.lines().count());
        Query original = QueryFactory.create(text, Syntax.syntaxARQ);
        assertThat(QueryFactory.create(stripped, Syntax.syntaxARQ)).isEqualTo(original);
        assertThat(stripped.length()).isLessThan(text.length());
    }
}
