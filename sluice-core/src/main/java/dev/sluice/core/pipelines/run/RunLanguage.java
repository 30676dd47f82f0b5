package dev.sluice.core.pipelines.run;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.pipelines.schedule.Schedule;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts of Data Pipeline's language the runner reads definitions with: inheritance and
 * parameters, schedules, and {@code #{...}} expressions. {@link #standard()} is {@link
 * ResolvedPipeline#resolve}, {@link dev.sluice.core.pipelines.schedule.Schedules#forObject} and
 * {@link dev.sluice.core.pipelines.expression.ObjectScope}.
 */
public interface RunLanguage {

  Result<ResolvedPipeline> resolve(PipelineDefinition definition, List<ParameterValue> values);

  Result<Schedule> schedule(
      ResolvedPipeline pipeline, String objectId, Instant firstActivation, Instant activation);

  /**
   * The scope of {@code objectId}; {@code runtimeFields} gives the runtime fields of a component's
   * current instance by component id (empty when it has none); {@code #{node.X}} reads {@code
   * nodeObjectId} (the activity or data node a precondition or an action is evaluated for; null for
   * none).
   */
  Scope scope(
      ResolvedPipeline pipeline,
      String objectId,
      Function<String, Map<String, String>> runtimeFields,
      String nodeObjectId);

  /** The scope of {@code objectId} on its own (no {@code node}). */
  default Scope scope(
      ResolvedPipeline pipeline,
      String objectId,
      Function<String, Map<String, String>> runtimeFields) {
    return scope(pipeline, objectId, runtimeFields, null);
  }

  /** Where the expressions of one object are evaluated (see {@code ObjectScope}). */
  interface Scope {
    String objectId();

    Result<String> render(String text);

    Result<Optional<String>> rendered(String key);

    Result<List<String>> renderedAll(String key);

    Optional<Scope> ref(String key);

    List<Scope> refs(String key);
  }

  /** The language as Sluice implements it. */
  static RunLanguage standard() {
    return new StandardLanguage();
  }
}
