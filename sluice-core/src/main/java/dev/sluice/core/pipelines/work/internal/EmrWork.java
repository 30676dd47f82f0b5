package dev.sluice.core.pipelines.work.internal;

import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.ShellRunner;
import dev.sluice.core.pipelines.work.StepRunner;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EmrActivity and HadoopActivity: the pre-step commands, the steps in order, then the post-step
 * commands; the first failure ends the work.
 */
public final class EmrWork {
  private final StepRunner steps;
  private final ShellRunner shells;
  private final ObjectFiles objects;

  public EmrWork(StepRunner steps, ShellRunner shells, ObjectFiles objects) {
    this.steps = steps;
    this.shells = shells;
    this.objects = objects;
  }

  public WorkOutcome run(WorkItem.Emr item, WorkContext context) {
    return commands("preStepCommand", item.preStepCommands(), context)
        .or(() -> steps(item, context))
        .or(() -> commands("postStepCommand", item.postStepCommands(), context))
        .orElse(WorkOutcome.success());
  }

  private Optional<WorkOutcome> steps(WorkItem.Emr item, WorkContext context) {
    for (EmrStep step : item.steps()) {
      var stopped = Outcomes.interrupted();
      if (stopped.isPresent()) {
        return stopped;
      }
      var outcome = steps.run(step, item.resource(), objects, context);
      if (!outcome.succeeded()) {
        return Optional.of(outcome);
      }
    }
    return Outcomes.interrupted();
  }

  private Optional<WorkOutcome> commands(String what, List<String> commands, WorkContext context) {
    for (String command : commands) {
      var before = Outcomes.interrupted();
      if (before.isPresent()) {
        return before;
      }
      var result = shells.run(command, List.of(), Map.of(), context);
      var failed =
          Outcomes.interrupted().or(() -> Outcomes.ofShell(what + " '" + command + "'", result));
      if (failed.isPresent()) {
        return failed;
      }
    }
    return Optional.empty();
  }
}
