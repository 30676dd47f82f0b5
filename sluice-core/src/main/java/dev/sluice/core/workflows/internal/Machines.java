package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.WorkflowStore;
import java.util.Optional;

/**
 * Finds machines and versions as clients see them: a machine marked deleting whose executions have
 * all ended is deleted when next looked at, and is gone.
 */
final class Machines {
  private final WorkflowStore store;

  Machines(WorkflowStore store) {
    this.store = store;
  }

  /** The machine or version, unless it (or its machine) is gone. */
  Optional<MachineRecord> find(String arn) {
    var found = store.findMachine(arn);
    if (found.isEmpty()) {
      return found;
    }
    var machine = found.get();
    if (machine.version() != null) {
      var parent = machine.arn().substring(0, machine.arn().lastIndexOf(':'));
      return find(parent).map(p -> machine);
    }
    return gone(machine) ? Optional.empty() : found;
  }

  /** Deletes a deleting machine without running executions; true when it did. */
  boolean gone(MachineRecord machine) {
    if (machine.deleting() && store.countRunning(machine.arn()) == 0) {
      store.deleteMachine(machine.arn());
      return true;
    }
    return false;
  }

  /** The machine or version; StateMachineDoesNotExist naming {@code asked} when it is not. */
  Result<MachineRecord> existing(String arn, String asked) {
    return find(arn)
        .<Result<MachineRecord>>map(Result::ok)
        .orElseGet(() -> Result.err(WorkflowFailures.machineMissing(asked)));
  }

  /** An existing machine that is not being deleted. */
  Result<MachineRecord> active(String machineArn) {
    return existing(machineArn, machineArn)
        .flatMap(
            m ->
                m.deleting()
                    ? Result.err(WorkflowFailures.machineDeleting(machineArn))
                    : Result.ok(m));
  }
}
