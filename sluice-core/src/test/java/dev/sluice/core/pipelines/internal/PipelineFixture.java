package dev.sluice.core.pipelines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.MemoryPipelineCatalog;
import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/** A control plane on an in-memory catalog, recording runs and a clock the test sets. */
final class PipelineFixture {
  static final String ACCOUNT = "123456789012";
  static final Instant START = Instant.parse("2026-11-20T22:15:00Z");
  final MemoryPipelineCatalog catalog = new MemoryPipelineCatalog();
  final RecordingRuns runs = new RecordingRuns();
  final AtomicReference<Instant> now = new AtomicReference<>(START);
  final CatalogPipelineService service = new CatalogPipelineService(catalog, runs, now::get);

  /** A new pipeline named {@code name} (uniqueId {@code name-token}). */
  String create(String name) {
    return ok(
        service.createPipeline(
            new CreatePipelineInput(name, name + "-token", null, List.of(), ACCOUNT)));
  }

  String create(String name, Tag... tags) {
    return ok(
        service.createPipeline(
            new CreatePipelineInput(name, name + "-token", null, List.of(tags), ACCOUNT)));
  }

  /** A new pipeline whose latest definition (version 1) is {@code definition}, as reported. */
  String withDefinition(String name, PipelineDefinition definition, ValidationReport report) {
    var id = create(name);
    change(id, p -> PipelineRecords.withLatest(p, definition, report));
    return id;
  }

  /** A new pipeline with a clean latest definition, activated as the runner activates. */
  String activated(String name, PipelineDefinition definition) {
    var id = withDefinition(name, definition, ValidationReport.clean());
    change(id, PipelineFixture::activate);
    return id;
  }

  StoredPipeline stored(String id) {
    return catalog.find(id).orElseThrow();
  }

  /** Commits {@code change} (which increments the revision) as a writer other than the service. */
  void change(String id, UnaryOperator<StoredPipeline> change) {
    var current = stored(id);
    assertThat(catalog.commit(PipelineChange.of(change.apply(current), current.revision())))
        .isTrue();
  }

  static <T> T ok(Result<T> result) {
    assertThat(result.isOk()).as("%s", result).isTrue();
    return result.value();
  }

  static Failure failure(Result<?> result) {
    assertThat(result.isOk()).as("%s", result).isFalse();
    return result.failure();
  }

  /** The pipeline as the runner leaves it after activating its latest definition. */
  static StoredPipeline activate(StoredPipeline p) {
    return p.toBuilder()
        .active(p.latest(), p.latestVersion(), p.latest().parameterValues())
        .state("SCHEDULED")
        .schedule(START.plusSeconds(60), START.plusSeconds(60), p.generation() + 1)
        .runtimeFields(
            java.util.Map.of(
                "@latestRunTime", "2026-11-20T22:16:00",
                "@healthStatus", "HEALTHY",
                "@zz", "last",
                "internalCounter", "7"))
        .nextRevision()
        .build();
  }

  /** The pipeline in another state, as the runner sets it. */
  static UnaryOperator<StoredPipeline> inState(String state) {
    return p -> p.toBuilder().state(state).nextRevision().build();
  }
}
