package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds the {@code spark-submit} of an installed PySpark: {@code $SPARK_HOME/bin/spark-submit},
 * else the one in the pip package {@code pyspark} that the job's Python imports, else {@code
 * spark-submit} on the {@code PATH}. When there is none, the failure's message says why each place
 * did not serve.
 */
public final class SparkSubmitSearch {

  private static final String SUBMIT = "spark-submit";
  private static final String PYSPARK_DIR =
      "import os, pyspark; print(os.path.dirname(os.path.abspath(pyspark.__file__)))";
  private static final long ASK_SECONDS = 30;

  private SparkSubmitSearch() {}

  /** The spark-submit to run, or a failure whose message lists why none was found. */
  public static Result<Path> find(Map<String, String> environment, String python) {
    var why = new ArrayList<String>();
    var home = environment.get("SPARK_HOME");
    if (home == null || home.isBlank()) {
      why.add("SPARK_HOME is not set");
    } else {
      var submit = Path.of(home, "bin", SUBMIT);
      if (Files.isExecutable(submit)) {
        return Result.ok(submit);
      }
      why.add("SPARK_HOME " + home + " has no bin/" + SUBMIT);
    }
    var pyspark = askPython(environment, python, why);
    if (pyspark != null) {
      return Result.ok(pyspark);
    }
    for (var dir : environment.getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, SUBMIT))) {
        return Result.ok(Path.of(dir, SUBMIT));
      }
    }
    why.add("no " + SUBMIT + " is on the PATH");
    return StartFailure.err(String.join(", ", why));
  }

  private static Path askPython(Map<String, String> environment, String python, List<String> why) {
    var builder = new ProcessBuilder(python, "-c", PYSPARK_DIR).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      var process = builder.start();
      var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(ASK_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        why.add(python + " did not answer whether it has pyspark");
        return null;
      }
      var lines = output.strip().lines().toList();
      var last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
      if (process.exitValue() != 0) {
        why.add(python + " cannot import pyspark (" + last + ")");
        return null;
      }
      var submit = Path.of(last, "bin", SUBMIT);
      if (Files.isExecutable(submit)) {
        return submit;
      }
      why.add("the pyspark package of " + python + " has no bin/" + SUBMIT);
    } catch (IOException e) {
      why.add("cannot run " + python + " (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      why.add("interrupted while asking " + python + " for pyspark");
    }
    return null;
  }
}
