package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.MachineCreated;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.NewMachine;
import dev.sluice.core.workflows.Page;
import dev.sluice.core.workflows.PageRequest;
import dev.sluice.core.workflows.ResourceScope;
import java.util.Objects;

/** CreateStateMachine, DescribeStateMachine, DeleteStateMachine and ListStateMachines. */
final class MachineOperations {
  private final Catalog catalog;
  private final Machines machines;
  private final VersionOperations versions;
  private final AliasOperations aliases;

  MachineOperations(
      Catalog catalog, Machines machines, VersionOperations versions, AliasOperations aliases) {
    this.catalog = catalog;
    this.machines = machines;
    this.versions = versions;
    this.aliases = aliases;
  }

  Result<MachineCreated> create(ResourceScope scope, NewMachine input) {
    var type = input.type() == null ? MachineType.STANDARD : input.type();
    return ResourceNames.check(input.name())
        .flatMap(name -> MachineChecks.publishing(input.publish(), input.versionDescription()))
        .flatMap(ok -> MachineChecks.role(input.roleArn()))
        .flatMap(ok -> MachineChecks.logging(input.loggingConfiguration()))
        .flatMap(ok -> MachineChecks.definition(input.definition(), type))
        .flatMap(ok -> create(scope.arn(StatesArn.MACHINE, input.name()), input, type));
  }

  private Result<MachineCreated> create(String arn, NewMachine input, MachineType type) {
    var existing = machines.find(arn);
    if (existing.isPresent()) {
      return again(existing.get(), input, type);
    }
    var machine =
        new MachineRecord(
            arn,
            input.name(),
            type,
            input.definition(),
            input.roleArn(),
            null,
            catalog.now(),
            catalog.uuid(),
            input.loggingConfiguration(),
            input.tracingConfiguration(),
            null,
            false);
    if (!catalog.store().insertMachine(machine, input.tags())) {
      return machines
          .find(arn)
          .map(raced -> again(raced, input, type))
          .orElseGet(() -> Result.err(WorkflowFailures.machineExists(arn)));
    }
    var version = input.publish() ? versions.publish(machine, input.versionDescription()) : null;
    return Result.ok(
        new MachineCreated(arn, machine.created(), version == null ? null : version.arn()));
  }

  /** CreateStateMachine of an existing name: idempotent when nothing differs. */
  private Result<MachineCreated> again(MachineRecord existing, NewMachine input, MachineType type) {
    if (existing.deleting()) {
      return Result.err(WorkflowFailures.machineDeleting(existing.arn()));
    }
    boolean same =
        existing.definition().equals(input.definition())
            && existing.type() == type
            && Objects.equals(existing.loggingConfiguration(), input.loggingConfiguration())
            && Objects.equals(existing.tracingConfiguration(), input.tracingConfiguration());
    if (!same) {
      return Result.err(WorkflowFailures.machineExists(existing.arn()));
    }
    var version = input.publish() ? versions.publish(existing, input.versionDescription()) : null;
    return Result.ok(
        new MachineCreated(
            existing.arn(), existing.created(), version == null ? null : version.arn()));
  }

  Result<MachineRecord> describe(String arn) {
    return StatesArn.machineOrQualified(arn)
        .flatMap(
            parsed ->
                parsed.alias()
                    ? Result.err(WorkflowFailures.machineMissing(arn))
                    : machines.existing(arn, arn));
  }

  Result<Void> delete(String arn) {
    return StatesArn.machineOrQualified(arn)
        .flatMap(
            parsed -> {
              if (parsed.version()) {
                return versions.delete(arn);
              }
              if (parsed.alias()) {
                return aliases.delete(arn);
              }
              machines.find(arn).ifPresent(this::deleteOrMark);
              return Result.ok(null);
            });
  }

  private void deleteOrMark(MachineRecord machine) {
    var store = catalog.store();
    if (store.countRunning(machine.arn()) == 0) {
      store.deleteMachine(machine.arn());
    } else if (!machine.deleting()) {
      store.replaceMachine(MachineChecks.deleting(machine), machine.revisionId());
    }
  }

  Result<Page<MachineRecord>> list(PageRequest page) {
    return Paging.size(page)
        .flatMap(
            size ->
                PageTokens.position("machines", page.nextToken()).map(after -> list(after, size)));
  }

  private Page<MachineRecord> list(String after, int size) {
    var rows = catalog.store().listMachines(after, size + 1);
    var page = Paging.of(rows, size, "machines", MachineRecord::arn);
    return new Page<>(
        page.items().stream().filter(m -> !machines.gone(m)).toList(), page.nextToken());
  }
}
