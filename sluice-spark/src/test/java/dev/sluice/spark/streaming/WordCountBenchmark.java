package dev.sluice.spark.streaming;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Times the scenario's word count (wordSplitter.py, {@code -reducer aggregate}) end to end, the way
 * the launcher runs it: a child JVM running spark-submit with {@code --master local[2]}. Also times
 * the Python mapper alone over the same corpus (one process, output discarded), the floor any
 * runner pays. Corpora are generated into the scratch directory (never committed).
 *
 * <pre>
 * ./mvnw -q -B -o -Dquick -pl sluice-spark install &amp;&amp; ./mvnw -q -B -o -pl sluice-spark test-compile
 * java -cp sluice-spark/target/test-classes:sluice-spark/target/classes:$(cat sluice-spark/target/spark-classpath.txt) \
 *     dev.sluice.spark.streaming.WordCountBenchmark /tmp/wordcount-bench 64 512
 * </pre>
 */
public final class WordCountBenchmark {

  // The launcher's JVM flags and module openings, as sluice-runtime's SparkCommand writes them;
  // kept in step by hand: this module has only Spark on its classpath, never sluice-runtime.
  private static final List<String> JVM_FLAGS =
      List.of(
          "-Xmx1g",
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--enable-native-access=ALL-UNNAMED",
          "--sun-misc-unsafe-memory-access=allow");
  private static final List<String> OPENED =
      List.of(
          "java.lang",
          "java.lang.invoke",
          "java.lang.reflect",
          "java.io",
          "java.net",
          "java.nio",
          "java.util",
          "java.util.concurrent",
          "java.util.concurrent.atomic",
          "jdk.internal.ref",
          "sun.nio.ch",
          "sun.nio.cs",
          "sun.util.calendar");

  private WordCountBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path scratch = Path.of(args[0]);
    Files.createDirectories(scratch);
    Path mapper = scratch.resolve("wordSplitter.py");
    try (var in = WordCountBenchmark.class.getResourceAsStream("/wordSplitter.py")) {
      Files.write(mapper, in.readAllBytes());
    }
    for (int i = 1; i < args.length; i++) {
      long mib = Long.parseLong(args[i]);
      Path corpus = scratch.resolve("corpus-" + mib + ".txt");
      if (!Files.exists(corpus)) {
        new WordCorpus(20_000, 7).write(corpus, mib << 20, 11);
      }
      double python = pythonAlone(mapper, corpus);
      double job = job(scratch, mapper, corpus, mib);
      System.out.printf(
          "%d MiB: job %.1f s end to end; python mapper alone (one process) %.1f s%n",
          mib, job, python);
    }
  }

  private static double job(Path scratch, Path mapper, Path corpus, long mib)
      throws IOException, InterruptedException {
    Path dir = scratch.resolve("run-" + mib + "-" + System.currentTimeMillis());
    Files.createDirectories(dir);
    JobSpec spec =
        new JobSpec(
            List.of(new JobSpec.InputFile(corpus.toString(), Files.size(corpus))),
            dir.resolve("output").toString(),
            "wordSplitter.py",
            "aggregate",
            null,
            null,
            List.of(mapper.toString()),
            List.of(),
            Map.of(),
            Map.of(),
            dir.resolve("work").toString(),
            dir.resolve("result.json").toString());
    Path specFile = dir.resolve("job.json");
    spec.write(specFile);
    String jar = System.getProperty("sluice.spark.jar", "sluice-spark/target/sluice-spark.jar");
    String classpath =
        Files.readString(
                Path.of(
                    System.getProperty(
                        "sluice.spark.classpath", "sluice-spark/target/spark-classpath.txt")))
            .strip();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(JVM_FLAGS);
    OPENED.forEach(p -> command.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
    command.addAll(
        List.of(
            "-cp",
            jar + ":" + classpath,
            "org.apache.spark.deploy.SparkSubmit",
            "--master",
            "local[2]",
            "--class",
            "dev.sluice.spark.StreamingMain",
            jar,
            specFile.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    long start = System.nanoTime();
    int code = builder.start().waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      throw new IllegalStateException(
          "the job failed: " + Files.readString(dir.resolve("result.json")));
    }
    return seconds;
  }

  private static double pythonAlone(Path mapper, Path corpus)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("python3", mapper.toString())
            .redirectInput(corpus.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().remove("PYTHONUNBUFFERED");
    long start = System.nanoTime();
    builder.start().waitFor();
    return (System.nanoTime() - start) / 1e9;
  }
}
