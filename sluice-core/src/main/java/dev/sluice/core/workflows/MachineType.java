package dev.sluice.core.workflows;

/** A state machine's type: durable STANDARD executions or in-memory EXPRESS ones. */
public enum MachineType {
  STANDARD,
  EXPRESS
}
