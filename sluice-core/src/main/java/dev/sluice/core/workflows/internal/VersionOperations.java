package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.AliasRecord;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.Page;
import dev.sluice.core.workflows.PageRequest;
import java.util.stream.Collectors;

/**
 * PublishStateMachineVersion, ListStateMachineVersions and DeleteStateMachineVersion. Versions are
 * numbered from 1; publishing a revision that the newest version already holds returns that
 * version.
 */
final class VersionOperations {
  private static final int ATTEMPTS = 5;
  private static final int ALIAS_SCAN = 1000;

  private final Catalog catalog;
  private final Machines machines;

  VersionOperations(Catalog catalog, Machines machines) {
    this.catalog = catalog;
    this.machines = machines;
  }

  Result<MachineRecord> publish(String machineArn, String revisionId, String description) {
    return StatesArn.machine(machineArn)
        .flatMap(arn -> machines.active(machineArn))
        .flatMap(
            machine ->
                revisionId != null && !revisionId.equals(machine.revisionId())
                    ? Result.err(
                        WorkflowFailures.conflict(
                            "Failed to publish the State Machine version for revision "
                                + revisionId
                                + ". The current State Machine revision is "
                                + machine.revisionId()
                                + "."))
                    : Result.ok(publish(machine, description)));
  }

  /** Publishes the machine's revision, or returns the newest version when it holds it. */
  MachineRecord publish(MachineRecord machine, String description) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      var newest = catalog.store().listVersions(machine.arn(), null, 1);
      if (!newest.isEmpty() && newest.get(0).revisionId().equals(machine.revisionId())) {
        return newest.get(0);
      }
      int number = newest.isEmpty() ? 1 : newest.get(0).version() + 1;
      var version = version(machine, number, description);
      if (catalog.store().insertMachine(version, java.util.Map.of())) {
        return version;
      }
    }
    throw new IllegalStateException("could not publish a version of " + machine.arn());
  }

  private MachineRecord version(MachineRecord m, int number, String description) {
    return new MachineRecord(
        m.arn() + ":" + number,
        m.name(),
        m.type(),
        m.definition(),
        m.roleArn(),
        description,
        catalog.now(),
        m.revisionId(),
        m.loggingConfiguration(),
        m.tracingConfiguration(),
        number,
        false);
  }

  Result<Page<MachineRecord>> list(String machineArn, PageRequest page) {
    return StatesArn.machine(machineArn)
        .flatMap(arn -> Paging.size(page))
        .flatMap(
            size ->
                PageTokens.number("versions", page.nextToken())
                    .map(before -> list(machineArn, before, size)));
  }

  private Page<MachineRecord> list(String machineArn, Long before, int size) {
    if (machines.find(machineArn).isEmpty()) {
      return new Page<>(java.util.List.of(), null);
    }
    var rows =
        catalog
            .store()
            .listVersions(machineArn, before == null ? null : before.intValue(), size + 1);
    return Paging.of(rows, size, "versions", v -> v.version().toString());
  }

  Result<Void> delete(String versionArn) {
    return StatesArn.machineOrQualified(versionArn)
        .flatMap(
            arn -> arn.version() ? Result.ok(arn) : Result.err(WorkflowFailures.arn(versionArn)))
        .flatMap(arn -> delete(arn, versionArn));
  }

  private Result<Void> delete(StatesArn arn, String versionArn) {
    var referencing =
        catalog.store().listAliases(arn.machineArn(), null, ALIAS_SCAN).stream()
            .filter(
                alias -> alias.routing().stream().anyMatch(r -> r.versionArn().equals(versionArn)))
            .map(AliasRecord::name)
            .collect(Collectors.joining(", "));
    if (!referencing.isEmpty()) {
      return Result.err(
          WorkflowFailures.conflict(
              "Version to be deleted must not be referenced by an alias. Current list of aliases"
                  + " referencing this version: ["
                  + referencing
                  + "]"));
    }
    catalog.store().deleteVersion(versionArn);
    return Result.ok(null);
  }
}
