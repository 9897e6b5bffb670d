package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-file tools in {@code bench/} (run by hand with {@code java -cp target/vnkg.jar bench/X.java}) are
 * outside Maven's sources, so nothing else would notice when a change to the project stops them compiling.
 */
class BenchToolsCompileTest {
    @Test
    void everySingleFileToolInBenchCompilesAgainstTheProject(@TempDir Path out) throws IOException {
        List<Path> tools;
        try (Stream<Path> files = Files.list(Path.of("bench"))) {
            tools = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(tools).isNotEmpty();
        // surefire runs tests from a manifest-only jar and puts the real class path here
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            for (Path tool : tools) {
                List<String> options = List.of("-proc:none", "-nowarn", "-classpath", classPath,
                        "-d", out.resolve(tool.getFileName().toString()).toString());
                StringWriter errors = new StringWriter();
                boolean compiled = javac.getTask(errors, files, null, options, null, files.getJavaFileObjects(tool)).call();
                assertThat(compiled).as(tool + " compiles:\n" + errors).isTrue();
            }
        }
    }
}
