package dev.sluice.it.pipelines.scenario;

import java.util.List;
import java.util.Optional;

/** The Spark JVMs a Sluice server process started for pipeline steps ({@code java @argfile}). */
final class SparkJvms {
  private SparkJvms() {}

  /** The server's descendants that run a Spark step JVM. */
  static List<ProcessHandle> of(ProcessHandle server) {
    return server.descendants().filter(SparkJvms::isSparkJvm).toList();
  }

  /** A Spark step JVM anywhere on the machine started from a step under {@code dataDir}. */
  static List<ProcessHandle> under(String dataDir) {
    return ProcessHandle.allProcesses()
        .filter(SparkJvms::isSparkJvm)
        .filter(p -> argfile(p).filter(a -> a.startsWith("@" + dataDir)).isPresent())
        .toList();
  }

  static boolean isSparkJvm(ProcessHandle process) {
    return argfile(process).filter(a -> a.endsWith("/spark-jvm.args")).isPresent();
  }

  private static Optional<String> argfile(ProcessHandle process) {
    return process
        .info()
        .arguments()
        .flatMap(args -> args.length == 1 ? Optional.of(args[0]) : Optional.empty());
  }
}
