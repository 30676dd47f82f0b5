package dev.sluice.core.workflows.engine;

import dev.sluice.core.time.Clock;
import dev.sluice.core.time.Timers;
import java.util.List;
import java.util.Optional;

/** What every scope of every run uses: the clock, timers, answers and the task integrations. */
record Machinery(
    Clock clock,
    Timers timers,
    Answers answers,
    List<TaskIntegration> integrations,
    Runnable activityScheduled) {

  Optional<TaskIntegration> integration(TaskResource resource) {
    return integrations.stream().filter(i -> i.serves(resource)).findFirst();
  }

  /** The object store a Map's ItemReader and ResultWriter use, if an integration provides it. */
  Optional<MapObjects> objects() {
    return integrations.stream()
        .filter(MapObjects.class::isInstance)
        .map(MapObjects.class::cast)
        .findFirst();
  }
}
