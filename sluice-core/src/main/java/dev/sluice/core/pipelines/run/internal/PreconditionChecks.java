package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks instances' preconditions by running their work, one after the other; an instance's
 * preconditions hold when every one's work succeeds. Each check writes a line to the log stream
 * {@code <component>/<period>/preconditions}.
 */
public final class PreconditionChecks {
  private final WorkRunner runner;
  private final RunLog log;

  public PreconditionChecks(WorkRunner runner, RunLog log) {
    this.runner = runner;
    this.log = log;
  }

  public Map<String, CheckResult> check(
      StoredPipeline pipeline, RunDefinition definition, RunView view, Set<String> instanceIds) {
    var results = new LinkedHashMap<String, CheckResult>();
    for (var id : instanceIds) {
      view.get(id).ifPresent(i -> results.put(id, check(pipeline, definition, view, i)));
    }
    return results;
  }

  private CheckResult check(
      StoredPipeline pipeline, RunDefinition definition, RunView view, RunObject instance) {
    var component = definition.object(instance.componentId()).orElseThrow();
    var start = RunObjects.periodStart(instance);
    var runtime = view.runtimeFor(start);
    var stream = RunIds.logStream(component.id(), start, "preconditions");
    for (var precondition : definition.refs(component, "precondition")) {
      var scope = definition.scopeFor(precondition.id(), component.id(), runtime);
      var item = PreconditionWork.of(precondition, scope);
      if (!item.isOk()) {
        var message = precondition.id() + ": " + item.failure().message();
        log.line(pipeline.id(), stream, "Precondition cannot be checked: " + message);
        return CheckResult.cannotCheck(message);
      }
      var timeout = definition.settings(precondition.id()).attemptTimeout().orElse(null);
      var outcome =
          runner.run(
              item.value(),
              pipeline.id(),
              instance.id() + "_" + precondition.id(),
              stream,
              timeout);
      if (!outcome.succeeded()) {
        var message =
            "Precondition "
                + precondition.id()
                + " does not hold"
                + (outcome.errorMessage() == null ? "" : ": " + outcome.errorMessage());
        log.line(pipeline.id(), stream, message + " for " + instance.id());
        return CheckResult.notYet(message);
      }
      log.line(
          pipeline.id(),
          stream,
          "Precondition " + precondition.id() + " holds for " + instance.id());
    }
    return CheckResult.holds();
  }
}
