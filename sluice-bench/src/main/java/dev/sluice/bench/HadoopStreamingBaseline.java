package dev.sluice.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Baseline A of the pipelines section: Hadoop streaming 3.4.2 in local mode ({@code
 * mapreduce.framework.name=local}, {@code file:///}, its default settings otherwise) running the
 * same mapper and the {@code aggregate} reducer, in a child JVM on an {@link OlderJdk}. Its
 * classpath comes from {@code sluice-bench/hadoop-baseline/pom.xml} (Hadoop never joins a module's
 * classpath), resolved once through the Maven wrapper.
 */
final class HadoopStreamingBaseline {
  private static final String MAIN = "org.apache.hadoop.streaming.HadoopStreaming";
  private static final String LOG4J =
      """
      log4j.rootLogger=INFO,console
      log4j.appender.console=org.apache.log4j.ConsoleAppender
      log4j.appender.console.layout=org.apache.log4j.PatternLayout
      log4j.appender.console.layout.ConversionPattern=%d{ISO8601} %p %c{1}: %m%n
      """;

  /** The baseline, or why it cannot run here. */
  record Setup(HadoopStreamingBaseline baseline, String unavailable) {}

  /** A finished run: the child's times and the counts it wrote. */
  record Run(ChildRun child, Map<String, Long> counts) {}

  private final Path java;
  private final String classpath;

  private HadoopStreamingBaseline(Path java, String classpath) {
    this.java = java;
    this.classpath = classpath;
  }

  static Setup prepare(BenchCheckout checkout, Path scratch) throws Exception {
    var jdk = OlderJdk.find();
    if (jdk.isEmpty()) {
      return new Setup(
          null, "no JDK 11 to 22 found (Hadoop 3.4 fails on JDK 23+); set " + OlderJdk.VARIABLE);
    }
    var listing = checkout.hadoopPom().resolveSibling("target/hadoop-classpath.txt");
    if (!Files.isRegularFile(listing)
        || Files.getLastModifiedTime(listing)
                .compareTo(Files.getLastModifiedTime(checkout.hadoopPom()))
            < 0) {
      var resolved = resolve(checkout, listing, scratch, true);
      if (resolved.exitCode() != 0) {
        resolved = resolve(checkout, listing, scratch, false);
      }
      if (resolved.exitCode() != 0) {
        return new Setup(null, "Maven could not resolve Hadoop's classpath, see " + resolved.log());
      }
    }
    var java = jdk.get().resolve("bin/java");
    return new Setup(new HadoopStreamingBaseline(java, Files.readString(listing).strip()), null);
  }

  /** The JDK's feature version, for the report. */
  int javaVersion() {
    return OlderJdk.major(java.getParent().getParent());
  }

  private static ChildRun resolve(
      BenchCheckout checkout, Path listing, Path scratch, boolean offline) throws Exception {
    var command = new ArrayList<>(List.of(checkout.mvnw().toString(), "-q", "-B"));
    if (offline) {
      command.add("-o");
    }
    command.addAll(
        List.of(
            "-f",
            checkout.hadoopPom().toString(),
            "dependency:build-classpath",
            "-Dmdep.outputFile=" + listing));
    var log = scratch.resolve("hadoop-classpath" + (offline ? "-offline" : "") + ".log");
    return ChildRun.run(command, checkout.root(), Map.of(), log, Duration.ofMinutes(10));
  }

  /** Runs the word count over every file in {@code input} with {@code mapper} (a Python file). */
  Run run(Path input, Path mapper, Path runDir) throws Exception {
    Files.createDirectories(runDir);
    Files.copy(mapper, runDir.resolve(mapper.getFileName()));
    var log4j = Files.writeString(runDir.resolve("log4j.properties"), LOG4J);
    var output = runDir.resolve("output");
    var command =
        List.of(
            java.toString(),
            "-Xmx1g",
            "-Dlog4j.configuration=" + log4j.toUri(),
            "-cp",
            classpath,
            MAIN,
            "-D",
            "mapreduce.framework.name=local",
            "-D",
            "fs.defaultFS=file:///",
            "-D",
            "hadoop.tmp.dir=" + runDir.resolve("hadoop-tmp"),
            "-input",
            input.toString(),
            "-output",
            output.toString(),
            "-mapper",
            "python3 " + mapper.getFileName(),
            "-file",
            mapper.getFileName().toString(),
            "-reducer",
            "aggregate");
    var child =
        ChildRun.run(command, runDir, Map.of(), runDir.resolve("hadoop.log"), Duration.ofHours(1))
            .requireSuccess("Hadoop streaming");
    return new Run(child, WordCountOutput.readDirectory(output));
  }
}
