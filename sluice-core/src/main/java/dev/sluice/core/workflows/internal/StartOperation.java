package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.NewExecution;

/**
 * StartExecution and StartSyncExecution: resolves the machine, version or alias, checks the name
 * and the input, and hands the new execution to the engine. A standard execution's name is unique
 * per machine: starting it again with the same input while it runs returns it.
 */
final class StartOperation {
  private final Catalog catalog;
  private final Machines machines;

  StartOperation(Catalog catalog, Machines machines) {
    this.catalog = catalog;
    this.machines = machines;
  }

  Result<ExecutionRecord> start(NewExecution input, boolean synchronous) {
    return StatesArn.machineOrQualified(input.machineArn())
        .flatMap(arn -> target(arn, input.machineArn()))
        .flatMap(target -> start(target, input, synchronous));
  }

  private Result<ExecutionRecord> start(
      StartTarget target, NewExecution input, boolean synchronous) {
    var type = target.machine().type();
    if (synchronous && type != MachineType.EXPRESS) {
      return Result.err(WorkflowFailures.typeNotSupported());
    }
    var name = input.name() == null ? catalog.uuid() : input.name();
    return ResourceNames.check(name)
        .flatMap(ok -> JsonTexts.input(input.input()))
        .flatMap(
            text -> {
              var record = record(target, name, text, input.traceHeader());
              return type == MachineType.EXPRESS
                  ? Result.ok(catalog.engine().startExpress(record, synchronous))
                  : standard(record);
            });
  }

  private Result<ExecutionRecord> standard(ExecutionRecord record) {
    var stored = catalog.engine().start(record);
    if (stored.equals(record)) {
      return Result.ok(stored);
    }
    return stored.status() == ExecutionStatus.RUNNING && stored.input().equals(record.input())
        ? Result.ok(stored)
        : Result.err(WorkflowFailures.executionExists(stored.arn()));
  }

  private ExecutionRecord record(StartTarget target, String name, String input, String trace) {
    var machine = target.machine();
    var prefix = machine.arn().substring(0, machine.arn().indexOf(":" + StatesArn.MACHINE + ":"));
    var arn =
        machine.type() == MachineType.EXPRESS
            ? prefix + ":express:" + machine.name() + ":" + name + ":" + catalog.uuid()
            : prefix + ":execution:" + machine.name() + ":" + name;
    return new ExecutionRecord(
        arn,
        machine.arn(),
        name,
        machine.type(),
        ExecutionStatus.RUNNING,
        target.runs().definition(),
        target.runs().roleArn(),
        input,
        null,
        null,
        null,
        catalog.now(),
        null,
        target.versionArn(),
        target.aliasArn(),
        0,
        null,
        trace);
  }

  /** The machine, version or alias named by {@code arn}; each must exist, the machine active. */
  private Result<StartTarget> target(StatesArn arn, String raw) {
    Result<StartTarget> target;
    if (arn.alias()) {
      target =
          catalog
              .store()
              .findAlias(raw)
              .<Result<String>>map(
                  alias -> Result.ok(AliasRouting.pick(alias.routing(), catalog.random())))
              .orElseGet(() -> Result.err(WorkflowFailures.machineMissing(raw)))
              .flatMap(
                  versionArn ->
                      machines
                          .existing(versionArn, raw)
                          .map(v -> new StartTarget(v, v, versionArn, raw)));
    } else if (arn.version()) {
      target = machines.existing(raw, raw).map(v -> new StartTarget(v, v, raw, null));
    } else {
      target = machines.existing(raw, raw).map(m -> new StartTarget(m, m, null, null));
    }
    return target.flatMap(t -> withMachine(t, arn.machineArn(), raw));
  }

  private Result<StartTarget> withMachine(StartTarget target, String machineArn, String raw) {
    return machines
        .existing(machineArn, raw)
        .flatMap(
            machine ->
                machine.deleting()
                    ? Result.err(WorkflowFailures.machineDeleting(machineArn))
                    : Result.ok(
                        new StartTarget(
                            target.runs(), machine, target.versionArn(), target.aliasArn())));
  }
}
