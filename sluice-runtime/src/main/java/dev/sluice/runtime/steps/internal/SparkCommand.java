package dev.sluice.runtime.steps.internal;

import dev.sluice.runtime.steps.SparkSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Spark JVM's command line, all of it in one {@code java @argfile}: the classpath, heap,
 * Spark's module openings, then {@code SparkSubmit} with the master, Sluice's fixed settings and
 * the step's own arguments. Spark's scratch space is the JVM's temporary directory, in the step's
 * directory. The Spark application's context gets sluice-spark's orphan guard as a listener, so a
 * JVM left behind by a killed Sluice stops (a step's own {@code spark.extraListeners} replaces it).
 */
public final class SparkCommand {

  public static final String SUBMIT_CLASS = "org.apache.spark.deploy.SparkSubmit";

  /**
   * sluice-spark's listener that stops the Spark JVM (and what it started) once the Sluice process
   * that started it is gone, told that process's id in {@value #PARENT_PID}.
   */
  static final String ORPHAN_GUARD = "dev.sluice.spark.OrphanGuard";

  static final String PARENT_PID = "spark.sluice.parentPid";

  private static final List<String> OPENED_PACKAGES =
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

  private SparkCommand() {}

  /** The arguments of the Spark JVM, main class and its arguments included. */
  public static List<String> arguments(
      SparkSettings settings, Path stepDir, List<String> jvmOptions, List<String> submitArguments) {
    var args = new ArrayList<String>();
    args.add("-XX:+IgnoreUnrecognizedVMOptions");
    args.add("-cp");
    args.add(settings.classpath().stream().map(Path::toString).collect(Collectors.joining(":")));
    args.add(settings.heapOption());
    OPENED_PACKAGES.forEach(name -> args.add("--add-opens=java.base/" + name + "=ALL-UNNAMED"));
    args.add("--enable-native-access=ALL-UNNAMED");
    args.add("--sun-misc-unsafe-memory-access=allow");
    args.add("-Djava.io.tmpdir=" + stepDir.resolve("tmp"));
    args.addAll(jvmOptions);
    args.add(SUBMIT_CLASS);
    args.addAll(List.of("--master", settings.master()));
    conf(args, "spark.ui.enabled", "false");
    conf(args, "spark.ui.showConsoleProgress", "false");
    conf(args, "spark.extraListeners", ORPHAN_GUARD);
    conf(args, PARENT_PID, Long.toString(ProcessHandle.current().pid()));
    args.addAll(submitArguments);
    return args;
  }

  /**
   * An argument file holding {@code arguments}, one per line, quoted as the java launcher reads.
   */
  public static String argfile(List<String> arguments) {
    var text = new StringBuilder();
    arguments.forEach(argument -> text.append(quote(argument)).append('\n'));
    return text.toString();
  }

  static String quote(String argument) {
    var quoted = new StringBuilder("\"");
    for (var c : argument.toCharArray()) {
      switch (c) {
        case '\\' -> quoted.append("\\\\");
        case '"' -> quoted.append("\\\"");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        case '\f' -> quoted.append("\\f");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static void conf(List<String> args, String key, String value) {
    args.add("--conf");
    args.add(key + "=" + value);
  }
}
