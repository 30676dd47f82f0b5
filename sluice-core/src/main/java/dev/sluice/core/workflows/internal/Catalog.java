package dev.sluice.core.workflows.internal;

import dev.sluice.core.time.Clock;
import dev.sluice.core.workflows.ExecutionEngine;
import dev.sluice.core.workflows.WorkflowStore;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** What the control plane's operations share: the store, the engine, the clock and randomness. */
record Catalog(WorkflowStore store, ExecutionEngine engine, Clock clock, RandomGenerator random) {

  Instant now() {
    return clock.now();
  }

  String uuid() {
    return Uuids.next(random);
  }
}
