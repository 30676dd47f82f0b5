package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineUpdate;
import dev.sluice.core.workflows.MachineUpdated;
import java.util.Objects;

/**
 * UpdateStateMachine: a change makes a new revision (an update that changes nothing keeps it);
 * {@code publish} publishes the resulting revision.
 */
final class UpdateOperation {
  private static final int ATTEMPTS = 5;

  private final Catalog catalog;
  private final Machines machines;
  private final VersionOperations versions;

  UpdateOperation(Catalog catalog, Machines machines, VersionOperations versions) {
    this.catalog = catalog;
    this.machines = machines;
    this.versions = versions;
  }

  Result<MachineUpdated> update(MachineUpdate update) {
    if (update.definition() == null
        && update.roleArn() == null
        && update.loggingConfiguration() == null
        && update.tracingConfiguration() == null) {
      return StatesArn.machine(update.machineArn())
          .flatMap(
              arn ->
                  Result.err(
                      WorkflowFailures.of(
                          "MissingRequiredParameter",
                          "Either the definition, the role ARN, the LoggingConfiguration, or the"
                              + " TracingConfiguration must be specified")));
    }
    return StatesArn.machine(update.machineArn())
        .flatMap(arn -> MachineChecks.publishing(update.publish(), update.versionDescription()))
        .flatMap(ok -> update.roleArn() == null ? ok(null) : MachineChecks.role(update.roleArn()))
        .flatMap(ok -> MachineChecks.logging(update.loggingConfiguration()))
        .flatMap(ok -> apply(update, ATTEMPTS));
  }

  private Result<MachineUpdated> apply(MachineUpdate update, int attempts) {
    var found = machines.active(update.machineArn());
    if (!found.isOk()) {
      return Result.err(found.failure());
    }
    var machine = found.value();
    if (update.definition() != null) {
      var checked = MachineChecks.definition(update.definition(), machine.type());
      if (!checked.isOk()) {
        return Result.err(checked.failure());
      }
    }
    var changed = changed(machine, update);
    if (!changed.equals(machine)
        && !catalog.store().replaceMachine(changed, machine.revisionId())) {
      return attempts > 1
          ? apply(update, attempts - 1)
          : Result.err(
              WorkflowFailures.conflict(
                  "The state machine was updated concurrently; please retry."));
    }
    var version = update.publish() ? versions.publish(changed, update.versionDescription()) : null;
    return Result.ok(
        new MachineUpdated(
            catalog.now(), changed.revisionId(), version == null ? null : version.arn()));
  }

  /** The machine with the update applied and a new revision, or the machine itself. */
  private MachineRecord changed(MachineRecord m, MachineUpdate u) {
    var definition = or(u.definition(), m.definition());
    var role = or(u.roleArn(), m.roleArn());
    var logging = or(u.loggingConfiguration(), m.loggingConfiguration());
    var tracing = or(u.tracingConfiguration(), m.tracingConfiguration());
    if (definition.equals(m.definition())
        && role.equals(m.roleArn())
        && Objects.equals(logging, m.loggingConfiguration())
        && Objects.equals(tracing, m.tracingConfiguration())) {
      return m;
    }
    return new MachineRecord(
        m.arn(),
        m.name(),
        m.type(),
        definition,
        role,
        m.description(),
        m.created(),
        catalog.uuid(),
        logging,
        tracing,
        null,
        false);
  }

  private static String or(String given, String current) {
    return given == null ? current : given;
  }

  private static Result<Void> ok(Void nothing) {
    return Result.ok(nothing);
  }
}
