package dev.sluice.store.pipelines;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.ObjectMessages;
import dev.sluice.core.pipelines.ParameterAttribute;
import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.ValidationReport;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pipelines and run objects for the catalog tests. */
final class Pipelines {
  static final Instant CREATED = Instant.parse("2026-11-20T22:15:00.123456789Z");

  private Pipelines() {}

  /** A pipeline as CreatePipeline stores it: no definition yet, PENDING, revision 0. */
  static StoredPipeline fresh(String id, String name, String uniqueId) {
    return StoredPipeline.pending(
        id,
        name,
        uniqueId,
        "a pipeline",
        List.of(new Tag("team", "data")),
        "123456789012",
        CREATED,
        PipelineDefinition.empty(),
        ValidationReport.clean(),
        0);
  }

  /** A pipeline with every part set: definitions, report, activation, runtime fields. */
  static StoredPipeline full(String id) {
    var definition =
        new PipelineDefinition(
            List.of(
                new PipelineObject(
                    "Default",
                    "Default",
                    List.of(
                        Field.text("scheduleType", "ondemand"), Field.ref("schedule", "Every"))),
                new PipelineObject(
                    "WordCount",
                    "Word count",
                    List.of(
                        Field.text("type", "EmrActivity"),
                        Field.text("step", "#{myJar},#{myInputPath}")))),
            List.of(
                new ParameterObject(
                    "myInputPath",
                    List.of(
                        new ParameterAttribute("type", "AWS::S3::ObjectKey"),
                        new ParameterAttribute("default", "s3://in/")))),
            List.of(new ParameterValue("myInputPath", "s3://other/")));
    var report =
        new ValidationReport(
            List.of(new ObjectMessages("WordCount", List.of("Missing required field: runsOn"))),
            List.of(new ObjectMessages("Default", List.of("a warning"))));
    return new StoredPipeline(
        id,
        "word-count",
        "token-1",
        null,
        List.of(new Tag("team", "data"), new Tag("env", "test")),
        "123456789012",
        CREATED,
        definition,
        report,
        3,
        definition,
        2,
        List.of(new ParameterValue("myInputPath", "s3://third/")),
        "SCHEDULED",
        Instant.parse("2026-11-20T22:16:00Z"),
        Instant.parse("2026-11-20T22:16:00.5Z"),
        4,
        Map.of("@latestRunTime", "2026-11-20T22:16:00", "@healthStatus", "HEALTHY"),
        false,
        0);
  }

  /** {@code p} at the next revision, with a runtime field set. */
  static StoredPipeline next(StoredPipeline p, String key, String value) {
    var fields = new HashMap<>(p.runtimeFields());
    fields.put(key, value);
    return p.toBuilder().runtimeFields(fields).nextRevision().build();
  }

  /** {@code p} deleted, at the next revision. */
  static StoredPipeline deleted(StoredPipeline p) {
    return p.toBuilder().deleted().nextRevision().build();
  }

  static RunObject instance(String pipelineId, String id, String status) {
    return new RunObject(
        pipelineId,
        id,
        "WordCount",
        RunObject.INSTANCE,
        null,
        status,
        null,
        null,
        1,
        List.of(Field.text("@status", status), Field.ref("@componentParent", "WordCount")),
        Instant.parse("2026-11-20T22:15:00.123456Z"));
  }

  static RunObject attempt(
      String pipelineId, String id, String status, String workerGroup, String taskId) {
    return new RunObject(
        pipelineId,
        id,
        "WordCount",
        RunObject.ATTEMPT,
        "@WordCount_2026-11-20T22:15:00",
        status,
        workerGroup,
        taskId,
        1,
        List.of(Field.text("@status", status)),
        Instant.parse("2026-11-20T22:15:01Z"));
  }

  static NewEvent advance(String pipelineId) {
    return new NewEvent(PipelineEvents.SERVICE, pipelineId, PipelineEvents.ADVANCE, "{}");
  }
}
