package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import java.time.Instant;
import java.util.List;

/** What happens to a run when a new generation of the pipeline begins. */
public final class Generations {
  private Generations() {}

  /** Objects of generations before {@code generation} that have not ended, canceled. */
  public static List<RunObject> retire(List<RunObject> objects, int generation, Instant now) {
    return objects.stream()
        .filter(o -> o.generation() < generation && !Status.ended(o.status()))
        .map(
            o ->
                RunObjects.edit(
                    o,
                    Status.CANCELED,
                    f ->
                        f.set(RunObjects.ACTUAL_END, RunTimes.format(now))
                            .set(RunObjects.CANCELLATION_REASON, "A new run of the pipeline began"),
                    now))
        .toList();
  }
}
