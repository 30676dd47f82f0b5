package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.pipelines.ScheduledEvent;
import dev.sluice.core.pipelines.StoredPipeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one change of a pipeline's run does, collected while it is decided: the run objects it
 * changes (in its {@link RunView}), the events it commits, the pipeline's new state and runtime
 * fields, the precondition checks it wants made first, and problems worth a log line.
 */
public final class Plan {
  private final StoredPipeline pipeline;
  private final RunView view;
  private final Instant now;
  private final List<ScheduledEvent> events = new ArrayList<>();
  private final Map<String, String> pipelineFields;
  private final Set<String> checksWanted = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();
  private final Set<String> canceledAttempts = new LinkedHashSet<>();
  private String state;

  public Plan(StoredPipeline pipeline, RunView view, Instant now) {
    this.pipeline = pipeline;
    this.view = view;
    this.now = now;
    this.pipelineFields = new LinkedHashMap<>(pipeline.runtimeFields());
    this.state = pipeline.state();
  }

  public StoredPipeline pipeline() {
    return pipeline;
  }

  public RunView view() {
    return view;
  }

  public Instant now() {
    return now;
  }

  public void event(ScheduledEvent event) {
    events.add(event);
  }

  /** A plain advance of this generation, due at {@code due} (once per change). */
  public void advanceAt(Instant due) {
    once(RunEvents.advance(pipeline.id(), Wake.plain(view.generation()), due));
  }

  /** A wake for {@code objectId}, due at {@code due} (once per change). */
  public void wakeAt(String objectId, String reason, Instant due) {
    once(RunEvents.advance(pipeline.id(), new Wake(view.generation(), objectId, reason), due));
  }

  private void once(ScheduledEvent event) {
    if (!events.contains(event)) {
      events.add(event);
    }
  }

  public List<ScheduledEvent> events() {
    return List.copyOf(events);
  }

  public Optional<String> pipelineField(String key) {
    return Optional.ofNullable(pipelineFields.get(key));
  }

  public void pipelineField(String key, String value) {
    if (value == null) {
      pipelineFields.remove(key);
    } else {
      pipelineFields.put(key, value);
    }
  }

  public void state(String newState) {
    state = newState;
  }

  public String state() {
    return state;
  }

  public void wantCheck(String instanceId) {
    checksWanted.add(instanceId);
  }

  public Set<String> checksWanted() {
    return Set.copyOf(checksWanted);
  }

  /** Remembers an attempt this change cancels: its work stops once the change is committed. */
  public void canceledAttempt(String attemptId) {
    canceledAttempts.add(attemptId);
  }

  public Set<String> canceledAttempts() {
    return Set.copyOf(canceledAttempts);
  }

  public void problem(String text) {
    problems.add(text);
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** The change to commit, or empty when nothing changed. */
  public Optional<PipelineChange> change() {
    boolean pipelineChanged =
        !state.equals(pipeline.state()) || !pipelineFields.equals(pipeline.runtimeFields());
    if (!pipelineChanged && events.isEmpty() && view.changed().isEmpty()) {
      return Optional.empty();
    }
    var updated = Pipelines.with(pipeline, state, pipelineFields);
    return Optional.of(
        new PipelineChange(
            updated, pipeline.revision(), List.copyOf(view.changed()), false, events()));
  }
}
