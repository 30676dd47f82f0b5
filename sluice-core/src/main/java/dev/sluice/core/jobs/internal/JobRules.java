package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.internal.JobMessages.invalid;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.result.Result;
import java.util.Set;

/**
 * What CreateJob and UpdateJob check beyond the wire's constraints, and the defaults Glue fills in
 * (as GetJob then answers them): command glueetl, MaxRetries 0, MaxConcurrentRuns 1, JobMode
 * SCRIPT, the Glue version and Timeout of {@link GlueVersions}, the capacity of {@link Capacity}.
 */
final class JobRules {
  static final Set<String> COMMANDS =
      Set.of(
          JobCommand.GLUE_ETL, JobCommand.PYTHON_SHELL, GlueVersions.STREAMING, GlueVersions.RAY);
  static final int MAX_TIMEOUT = 10080;

  private JobRules() {}

  static Result<JobDefinition> complete(JobDefinition given) {
    var draft = JobDraft.of(given);
    draft.command = command(given.command());
    String name = draft.command.name();
    if (!COMMANDS.contains(name)) {
      return Result.err(invalid(JobMessages.unknownCommand(name)));
    }
    var timeout = checkTimeout(given.timeout());
    if (!timeout.isOk()) {
      return Result.err(timeout.failure());
    }
    var capacity =
        Capacity.ofJob(
            name,
            given.workerType(),
            given.numberOfWorkers(),
            given.maxCapacity(),
            given.allocatedCapacity());
    return capacity.map(c -> withDefaults(draft, c));
  }

  static Result<Void> checkTimeout(Integer timeout) {
    if (timeout != null && timeout > MAX_TIMEOUT) {
      return Result.err(invalid(JobMessages.TIMEOUT_TOO_LONG));
    }
    return Result.ok(null);
  }

  private static JobDefinition withDefaults(JobDraft draft, Capacity capacity) {
    draft.workerType = capacity.workerType();
    draft.numberOfWorkers = capacity.numberOfWorkers();
    draft.maxCapacity = capacity.maxCapacity();
    draft.allocatedCapacity = capacity.allocatedCapacity();
    if (draft.glueVersion == null) {
      draft.glueVersion = GlueVersions.defaultFor(draft.command);
    }
    if (draft.timeout == null) {
      draft.timeout = GlueVersions.defaultTimeout(draft.command.name(), draft.glueVersion);
    }
    draft.maxRetries = draft.maxRetries == null ? 0 : draft.maxRetries;
    draft.maxConcurrentRuns = draft.maxConcurrentRuns == null ? 1 : draft.maxConcurrentRuns;
    draft.jobMode = draft.jobMode == null ? "SCRIPT" : draft.jobMode;
    return draft.build();
  }

  private static JobCommand command(JobCommand given) {
    if (given == null) {
      return new JobCommand(JobCommand.GLUE_ETL, null, null, null);
    }
    if (given.name() == null) {
      return new JobCommand(
          JobCommand.GLUE_ETL, given.scriptLocation(), given.pythonVersion(), given.runtime());
    }
    return given;
  }
}
