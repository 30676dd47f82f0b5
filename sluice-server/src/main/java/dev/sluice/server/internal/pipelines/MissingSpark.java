package dev.sluice.server.internal.pipelines;

import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.StepRunner;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.util.Map;

/** Where no Spark can be found: every EMR step fails, saying why and how to fix it. */
final class MissingSpark implements StepRunner {
  private final String reason;

  MissingSpark(String reason) {
    this.reason = reason;
  }

  @Override
  public WorkOutcome run(
      EmrStep step, Map<String, String> resource, ObjectFiles objects, WorkContext context) {
    return WorkOutcome.failure("Spark is not available to run " + step.jar() + ": " + reason, null);
  }
}
