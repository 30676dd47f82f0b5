package dev.sluice.core.pipelines.run;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.pipelines.expression.ObjectScope;
import dev.sluice.core.pipelines.schedule.Schedule;
import dev.sluice.core.pipelines.schedule.Schedules;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@link RunLanguage} over the definition, schedule and expression packages. */
final class StandardLanguage implements RunLanguage {

  @Override
  public Result<ResolvedPipeline> resolve(
      PipelineDefinition definition, List<ParameterValue> values) {
    return ResolvedPipeline.resolve(definition, values);
  }

  @Override
  public Result<Schedule> schedule(
      ResolvedPipeline pipeline, String objectId, Instant firstActivation, Instant activation) {
    return Schedules.forObject(pipeline, objectId, firstActivation, activation);
  }

  @Override
  public Scope scope(
      ResolvedPipeline pipeline,
      String objectId,
      Function<String, Map<String, String>> runtimeFields,
      String nodeObjectId) {
    return new ObjectScopeAdapter(ObjectScope.of(pipeline, objectId, runtimeFields, nodeObjectId));
  }

  private record ObjectScopeAdapter(ObjectScope scope) implements Scope {
    @Override
    public String objectId() {
      return scope.objectId();
    }

    @Override
    public Result<String> render(String text) {
      return scope.render(text);
    }

    @Override
    public Result<Optional<String>> rendered(String key) {
      return scope.rendered(key);
    }

    @Override
    public Result<List<String>> renderedAll(String key) {
      return scope.renderedAll(key);
    }

    @Override
    public Optional<Scope> ref(String key) {
      return scope.ref(key).map(ObjectScopeAdapter::new);
    }

    @Override
    public List<Scope> refs(String key) {
      return scope.refs(key).stream().<Scope>map(ObjectScopeAdapter::new).toList();
    }
  }
}
