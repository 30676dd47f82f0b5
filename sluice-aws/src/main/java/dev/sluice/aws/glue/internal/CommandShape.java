package dev.sluice.aws.glue.internal;

import dev.sluice.aws.protocol.ModelPattern;
import dev.sluice.core.jobs.JobCommand;

/** The wire's {@code JobCommand}: what a job runs. */
public record CommandShape(
    String name, String scriptLocation, String pythonVersion, String runtime) {
  private static final ModelPattern PYTHON_VERSION = ModelPattern.of("^([2-3]|3[.]9)$");
  private static final ModelPattern RUNTIME = ModelPattern.of(".*");

  /** Checks a command named {@code member} (absent is allowed here). */
  public static Constraints check(Constraints constraints, CommandShape command, String member) {
    if (command == null) {
      return constraints;
    }
    return constraints
        .length(command.scriptLocation(), member + ".scriptLocation", 0, 400000)
        .pattern(command.pythonVersion(), member + ".pythonVersion", PYTHON_VERSION)
        .length(command.runtime(), member + ".runtime", 0, 64)
        .pattern(command.runtime(), member + ".runtime", RUNTIME);
  }

  public static JobCommand toCommand(CommandShape command) {
    return command == null
        ? null
        : new JobCommand(
            command.name(), command.scriptLocation(), command.pythonVersion(), command.runtime());
  }
}
