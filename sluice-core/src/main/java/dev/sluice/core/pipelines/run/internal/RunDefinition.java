package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.definition.ObjectKind;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.pipelines.run.RunLanguage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The active definition as the runner reads it: objects, their settings and their scopes. Shared by
 * the threads that advance and run the pipeline.
 */
public final class RunDefinition {
  private final ResolvedPipeline resolved;
  private final RunLanguage language;
  private final Map<String, ObjectSettings> settings = new ConcurrentHashMap<>();

  public RunDefinition(ResolvedPipeline resolved, RunLanguage language) {
    this.resolved = resolved;
    this.language = language;
  }

  public ResolvedPipeline resolved() {
    return resolved;
  }

  public RunLanguage language() {
    return language;
  }

  public Optional<ResolvedObject> object(String id) {
    return Optional.ofNullable(resolved.object(id));
  }

  public ObjectKind kind(String id) {
    return object(id).map(ResolvedObject::kind).orElse(ObjectKind.OTHER);
  }

  public List<ResolvedObject> activities() {
    return resolved.ofKind(ObjectKind.ACTIVITY);
  }

  /** The references of {@code key} that name objects of the definition. */
  public List<ResolvedObject> refs(ResolvedObject object, String key) {
    return object.refs(key).stream().map(resolved::object).filter(o -> o != null).toList();
  }

  public ObjectSettings settings(String id) {
    return settings.computeIfAbsent(id, key -> ObjectSettings.read(k -> plainText(key, k)));
  }

  /**
   * The first value of {@code key}, expressions evaluated without runtime fields (for settings such
   * as {@code #{myRetries}} and worker groups); unrenderable values are left as written.
   */
  public Optional<String> plainText(String id, String key) {
    var raw = object(id).flatMap(o -> o.text(key));
    if (raw.isEmpty() || !raw.get().contains("#{")) {
      return raw;
    }
    var rendered = scope(id, c -> Map.of()).render(raw.get());
    return Optional.of(rendered.isOk() ? rendered.value() : raw.get());
  }

  public RunLanguage.Scope scope(String id, Function<String, Map<String, String>> runtimeFields) {
    return language.scope(resolved, id, runtimeFields);
  }

  /**
   * The scope of a precondition or action {@code id} evaluated for {@code nodeId}: {@code
   * #{node.X}} reads that object, and the precondition or action shares its runtime fields ({@code
   * #{@scheduledStartTime}} is the period's).
   */
  public RunLanguage.Scope scopeFor(
      String id, String nodeId, Function<String, Map<String, String>> runtimeFields) {
    Function<String, Map<String, String>> shared =
        component -> runtimeFields.apply(component.equals(id) ? nodeId : component);
    return language.scope(resolved, id, shared, nodeId);
  }
}
