package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.jobs.JobCommand;
import java.util.Locale;

/**
 * How a job runs, from its command's name and, for glueetl, its {@code --job-language} or else the
 * ScriptLocation's extension ({@code .jar} and {@code .scala} run on the JVM, anything else is
 * Python, Glue's default).
 */
public enum JobKind {
  PYTHON_SHELL,
  SPARK_JAR,
  PYSPARK,
  UNSUPPORTED;

  public static JobKind of(JobCommand command, JobArguments arguments) {
    var name = command == null || command.name() == null ? JobCommand.GLUE_ETL : command.name();
    return switch (name) {
      case JobCommand.PYTHON_SHELL -> PYTHON_SHELL;
      case JobCommand.GLUE_ETL -> etl(command, arguments);
      default -> UNSUPPORTED;
    };
  }

  private static JobKind etl(JobCommand command, JobArguments arguments) {
    var language = arguments.value("--job-language").map(l -> l.toLowerCase(Locale.ROOT));
    if (language.isPresent()) {
      return language.get().equals("scala") || language.get().equals("java") ? SPARK_JAR : PYSPARK;
    }
    var script =
        command == null || command.scriptLocation() == null ? "" : command.scriptLocation();
    return script.endsWith(".jar") || script.endsWith(".scala") ? SPARK_JAR : PYSPARK;
  }
}
