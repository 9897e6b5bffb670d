package org.w3id.vnkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on this machine for the tests: one master and one worker, started as child JVMs from
 * the Spark jars Maven resolved, as {@code sbin/start-master.sh} and {@code sbin/start-worker.sh} start them from
 * a Spark distribution; and {@code spark-submit}, run as {@code org.apache.spark.deploy.SparkSubmit}, as
 * {@code bin/spark-submit} does.
 * <pre>
 *   try (StandaloneCluster cluster = StandaloneCluster.start(dir, sparkJars, jvmArgs, 2, "2g")) {
 *       int exit = cluster.submit(List.of("--deploy-mode", "client", ..., "vnkg-spark.jar", "--input", ...));
 *   }
 * </pre>
 * The worker launches executors (and, in cluster mode, the driver) as its own child JVMs with the class path of
 * a distribution, {@code SPARK_HOME/jars/*}: here a folder of links to the Maven jars. Everything listens on the
 * loopback interface, on ports the system picks, and writes under {@code dir} only.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");
    private static final String REGISTERED = "Successfully registered with master";
    private static final Duration START = Duration.ofMinutes(3);

    private final Path dir;
    private final String classPath;
    private final Path jvmArgs;
    private final Map<String, String> env;
    private final List<Process> daemons = new ArrayList<>();
    private String masterUrl;
    private int submissions;

    private StandaloneCluster(Path dir, List<Path> sparkJars, Path jvmArgs) throws IOException {
        this.dir = dir;
        this.jvmArgs = jvmArgs;
        this.classPath = String.join(":", sparkJars.stream().map(Path::toString).toList());
        Path home = dir.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (int i = 0; i < sparkJars.size(); i++) {
            // Numbered, as two artifacts may share a file name.
            Files.createSymbolicLink(jars.resolve(String.format("%03d-%s", i, sparkJars.get(i).getFileName())),
                    sparkJars.get(i).toAbsolutePath());
        }
        this.env = Map.of(
                "SPARK_HOME", home.toString(),
                // What a distribution's load-spark-env.sh sets; the worker's launcher asks for it.
                "SPARK_SCALA_VERSION", "2.13",
                "SPARK_LOCAL_IP", "127.0.0.1",
                "SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local")).toString(),
                "SPARK_CONF_DIR", Files.createDirectories(home.resolve("conf")).toString(),
                "JAVA_HOME", System.getProperty("java.home"));
    }

    /**
     * Starts a master and one worker offering {@code cores} and {@code memory} (such as "2g"), and waits until the
     * worker has registered.
     */
    static StandaloneCluster start(Path dir, List<Path> sparkJars, Path jvmArgs, int cores, String memory)
            throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(dir, sparkJars, jvmArgs);
        try {
            Path masterLog = dir.resolve("master.log");
            Process master = cluster.daemon(masterLog, "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(freePort()), "--webui-port", "0");
            // Spark moves to the next port if this one was taken meanwhile: the log says which it got.
            cluster.masterUrl = cluster.await(master, masterLog, MASTER_URL).group(1);
            Path workerLog = dir.resolve("worker.log");
            Process worker = cluster.daemon(workerLog, "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", String.valueOf(cores),
                    "--memory", memory, "--work-dir", Files.createDirectories(dir.resolve("work")).toString(),
                    cluster.masterUrl);
            cluster.await(worker, workerLog, Pattern.compile(Pattern.quote(REGISTERED)));
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return masterUrl;
    }

    /** The worker's folder: the executors' and drivers' stdout and stderr, for a failure message. */
    Path workDir() {
        return dir.resolve("work");
    }

    /**
     * Runs {@code spark-submit --master URL ARGS} with the driver JVM given {@code driverMemory} (client mode:
     * the driver runs in it), waits at most {@code timeout}, and returns its exit status; its output goes to
     * {@link #lastSubmitLog()}.
     */
    int submit(List<String> args, String driverMemory, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("--master", masterUrl));
        command.addAll(args);
        submissions++;
        Process p = process(lastSubmitLog(), "-Xmx" + driverMemory, "org.apache.spark.deploy.SparkSubmit", command);
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            stop(p);
            throw new IllegalStateException("spark-submit did not end in " + timeout + ":\n" + tail(lastSubmitLog()));
        }
        return p.exitValue();
    }

    Path lastSubmitLog() {
        return dir.resolve("submit-" + submissions + ".log");
    }

    /** The last lines of a log, for failure messages. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the worker (and the executors it started), then the master; removes the links to the jars. */
    @Override
    public void close() {
        for (int i = daemons.size() - 1; i >= 0; i--) {
            stop(daemons.get(i));
        }
        try (Stream<Path> links = Files.list(dir.resolve("spark-home").resolve("jars"))) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        } catch (IOException e) {
            // Left to the caller's temporary folder.
        }
    }

    private Process daemon(Path log, String mainClass, String... args) throws IOException {
        Process p = process(log, "-Xmx256m", mainClass, List.of(args));
        daemons.add(p);
        return p;
    }

    private Process process(Path log, String heap, String mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-Dfile.encoding=UTF-8", "@" + jvmArgs, "-cp", classPath, mainClass));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Waits for a line of the log to match, while the process lives. */
    private Matcher await(Process p, Path log, Pattern pattern) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
                if (m.find()) {
                    return m;
                }
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("exited with " + p.exitValue() + " before '" + pattern + "':\n" + tail(log));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no '" + pattern + "' in " + START + ":\n" + tail(log));
    }

    /** TERM to the process, whose shutdown hook stops what it started; then its leftover children; then KILL. */
    private static void stop(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
