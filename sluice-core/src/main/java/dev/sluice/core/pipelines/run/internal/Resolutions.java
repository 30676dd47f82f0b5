package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.run.RunLanguage;
import dev.sluice.core.result.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves active definitions, keeping the last few (they change only on activation). */
public final class Resolutions {
  private static final int KEPT = 64;

  private final RunLanguage language;
  private final Map<Key, RunDefinition> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, RunDefinition> eldest) {
          return size() > KEPT;
        }
      };

  public Resolutions(RunLanguage language) {
    this.language = language;
  }

  public RunLanguage language() {
    return language;
  }

  /** The pipeline's active definition (its latest, before the first activation). */
  public Result<RunDefinition> active(StoredPipeline pipeline) {
    var definition = pipeline.active() != null ? pipeline.active() : pipeline.latest();
    return of(definition, pipeline.activeParameterValues());
  }

  public Result<RunDefinition> of(PipelineDefinition definition, List<ParameterValue> values) {
    var key = new Key(definition, values);
    synchronized (kept) {
      var found = kept.get(key);
      if (found != null) {
        return Result.ok(found);
      }
    }
    var resolved = language.resolve(definition, values).map(r -> new RunDefinition(r, language));
    if (resolved.isOk()) {
      synchronized (kept) {
        kept.put(key, resolved.value());
      }
    }
    return resolved;
  }

  private record Key(PipelineDefinition definition, List<ParameterValue> values) {}
}
