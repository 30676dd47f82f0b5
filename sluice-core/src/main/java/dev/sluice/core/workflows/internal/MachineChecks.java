package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineType;

/** Checks of CreateStateMachine's and UpdateStateMachine's members, and record changes. */
final class MachineChecks {
  private MachineChecks() {}

  static Result<Void> publishing(boolean publish, String versionDescription) {
    return versionDescription != null && !publish
        ? Result.err(
            WorkflowFailures.validation("Version description can only be set when publish is true"))
        : Result.ok(null);
  }

  /** A role ARN must at least look like an ARN. */
  static Result<Void> role(String roleArn) {
    return roleArn == null || !roleArn.startsWith("arn:") || roleArn.split(":", -1).length < 6
        ? Result.err(WorkflowFailures.arnPrefix(roleArn))
        : Result.ok(null);
  }

  static Result<Void> definition(String definition, MachineType type) {
    return DefinitionValidation.failure(definition, type)
        .<Result<Void>>map(Result::err)
        .orElseGet(() -> Result.ok(null));
  }

  static MachineRecord deleting(MachineRecord m) {
    return new MachineRecord(
        m.arn(),
        m.name(),
        m.type(),
        m.definition(),
        m.roleArn(),
        m.description(),
        m.created(),
        m.revisionId(),
        m.loggingConfiguration(),
        m.tracingConfiguration(),
        m.version(),
        true);
  }
}
