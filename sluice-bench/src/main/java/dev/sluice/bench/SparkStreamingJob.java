package dev.sluice.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * sluice-spark's streaming job run directly, without a pipeline: the Spark JVM started as Sluice's
 * step launcher starts it ({@code SparkSubmit --class dev.sluice.spark.StreamingMain} on a job spec
 * of local files, master {@code local[cores]}, 1 GiB heap), so that Spark's time can be told apart
 * from the pipeline's.
 */
final class SparkStreamingJob {
  static final String MAIN = "dev.sluice.spark.StreamingMain";

  /** A finished run: the child's times and the counts it wrote. */
  record Run(ChildRun child, Map<String, Long> counts) {}

  private final SparkClasspath classpath;

  private SparkStreamingJob(SparkClasspath classpath) {
    this.classpath = classpath;
  }

  /** The job from {@code home} (sluice-spark's target), or empty when it has not been built. */
  static Optional<SparkStreamingJob> locate(Path home) throws IOException {
    return SparkClasspath.read(home).map(SparkStreamingJob::new);
  }

  /**
   * Counts the words of {@code files} with {@code mapper} shipped as the launcher ships it; with
   * the launcher's class data archive when {@code classData} is not null.
   */
  Run run(List<Path> files, Path mapper, int cores, Path classData, Path runDir) throws Exception {
    Files.createDirectories(runDir.resolve("tmp"));
    var shipped = Files.copy(mapper, runDir.resolve(mapper.getFileName()));
    var output = runDir.resolve("output");
    var spec = Files.createDirectories(runDir.resolve("job")).resolveSibling("spec.json");
    new ObjectMapper().writeValue(spec.toFile(), spec(files, shipped, output, runDir));
    var argfile = runDir.resolve("spark-jvm.args");
    Files.write(
        argfile,
        arguments(cores, classData, runDir, spec).stream().map(SparkStreamingJob::quote).toList());
    var java = SparkJvm.java();
    var child =
        ChildRun.run(
                List.of("env", "-u", "SPARK_HOME", "-u", "SPARK_CONF_DIR", java, "@" + argfile),
                runDir,
                Map.of("SPARK_LOCAL_IP", "127.0.0.1"),
                runDir.resolve("spark.log"),
                Duration.ofHours(1))
            .requireSuccess("The bare streaming job");
    return new Run(child, WordCountOutput.readDirectory(output));
  }

  private static Map<String, Object> spec(List<Path> files, Path mapper, Path output, Path runDir)
      throws IOException {
    var inputs = new ArrayList<Map<String, Object>>();
    for (var file : files) {
      inputs.add(Map.of("path", file.toString(), "size", Files.size(file)));
    }
    var spec = new LinkedHashMap<String, Object>();
    spec.put("inputs", inputs);
    spec.put("output", output.toString());
    spec.put("mapper", mapper.getFileName().toString());
    spec.put("reducer", "aggregate");
    spec.put("files", List.of(mapper.toString()));
    spec.put("cacheFiles", List.of());
    spec.put("conf", Map.of());
    spec.put("cmdenv", Map.of());
    spec.put("workDir", runDir.resolve("job").toString());
    spec.put("result", runDir.resolve("result.json").toString());
    return spec;
  }

  private List<String> arguments(int cores, Path classData, Path runDir, Path spec) {
    var args =
        new ArrayList<>(SparkJvm.flags(classpath.joined(), classData, runDir.resolve("tmp")));
    args.addAll(List.of(SparkJvm.SUBMIT, "--master", "local[" + cores + "]"));
    args.addAll(List.of("--conf", "spark.ui.enabled=false"));
    args.addAll(List.of("--conf", "spark.ui.showConsoleProgress=false"));
    args.addAll(List.of("--conf", "spark.local.dir=" + runDir.resolve("spark-local")));
    args.addAll(List.of("--class", MAIN, classpath.jar().toString(), spec.toString()));
    return args;
  }

  /** An argument as the java launcher reads it from an argument file. */
  private static String quote(String argument) {
    return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
