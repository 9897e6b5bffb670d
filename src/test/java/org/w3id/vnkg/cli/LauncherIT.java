package org.w3id.vnkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.w3id.vnkg.bench.HugeMethods;

/**
 * The JVM the {@code kg} launcher starts compiles huge methods (Jena's SPARQL lexer, CoreNLP's tokenizer); a JVM
 * started without {@value HugeMethods#FLAG} says so on stderr.
 */
class LauncherIT {
    private static final Path JAR = Path.of("target/vnkg.jar").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void theLauncherStartsAJvmThatCompilesHugeMethods() throws Exception {
        Result r = run(List.of("./kg", "--version"));
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("kg");
        assertThat(r.err).doesNotContain(HugeMethods.FLAG);
    }

    @Test
    void aJvmStartedWithoutTheFlagIsNamedOnStderr() throws Exception {
        Result r = run(List.of(JAVA, "-jar", JAR.toString(), "--version"));
        assertThat(r.exit).isZero();
        assertThat(r.err).contains("leaves huge methods interpreted").contains(HugeMethods.FLAG);
    }

    @Test
    void aJvmStartedWithTheFlagSaysNothing() throws Exception {
        Result r = run(List.of(JAVA, HugeMethods.FLAG, "-jar", JAR.toString(), "--version"));
        assertThat(r.exit).isZero();
        assertThat(r.err).doesNotContain(HugeMethods.FLAG);
    }

    @Test
    void theTestsThemselvesRunCompiled() {
        assertThat(HugeMethods.compiled()).contains(true);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }
}
