package dev.sluice.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.PipelineObject;

/**
 * Creating, activating and watching pipelines through the SDK's Data Pipeline client: the
 * pipeline's own fields ({@code @pipelineState}, {@code @healthStatus}) and its run objects by
 * sphere (INSTANCE, ATTEMPT).
 */
public final class PipelineRuns {
  /** Generous: a Spark step takes seconds, two cores shared with the build can make it a minute. */
  public static final Duration RUN_LIMIT = Duration.ofMinutes(4);

  private final DataPipelineClient client;

  public PipelineRuns(DataPipelineClient client) {
    this.client = client;
  }

  public DataPipelineClient client() {
    return client;
  }

  /** A new pipeline holding {@code definition} (which must have no errors); not activated. */
  public String create(String name, CliDefinition definition) {
    var id =
        client
            .createPipeline(b -> b.name(name).uniqueId(name + "-" + UUID.randomUUID()))
            .pipelineId();
    var put =
        client.putPipelineDefinition(
            b ->
                b.pipelineId(id)
                    .pipelineObjects(definition.objects())
                    .parameterObjects(definition.parameters())
                    .parameterValues(definition.values()));
    assertThat(put.errored()).as("validation errors: %s", put.validationErrors()).isFalse();
    return id;
  }

  /** Creates and activates a pipeline; returns its id. */
  public String start(String name, CliDefinition definition) {
    var id = create(name, definition);
    client.activatePipeline(b -> b.pipelineId(id));
    return id;
  }

  /** Waits until the pipeline's {@code @pipelineState} is FINISHED. */
  public void awaitFinished(String pipelineId) {
    await("pipeline " + pipelineId + " FINISHED")
        .atMost(RUN_LIMIT)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> pipelineField(pipelineId, "@pipelineState").orElse(""), "FINISHED"::equals);
  }

  public Optional<String> pipelineField(String pipelineId, String key) {
    return client
        .describePipelines(b -> b.pipelineIds(pipelineId))
        .pipelineDescriptionList()
        .get(0)
        .fields()
        .stream()
        .filter(f -> f.key().equals(key))
        .map(f -> f.stringValue())
        .findFirst();
  }

  /** The run objects of one sphere (INSTANCE, ATTEMPT, COMPONENT), all pages. */
  public List<PipelineObject> objects(String pipelineId, String sphere) {
    var ids = new ArrayList<String>();
    String marker = null;
    do {
      var from = marker;
      var page =
          client.queryObjects(b -> b.pipelineId(pipelineId).sphere(sphere).marker(from).limit(100));
      ids.addAll(page.ids());
      marker = Boolean.TRUE.equals(page.hasMoreResults()) ? page.marker() : null;
    } while (marker != null);
    var objects = new ArrayList<PipelineObject>();
    for (int i = 0; i < ids.size(); i += 25) {
      var batch = ids.subList(i, Math.min(ids.size(), i + 25));
      objects.addAll(
          client.describeObjects(b -> b.pipelineId(pipelineId).objectIds(batch)).pipelineObjects());
    }
    return objects;
  }

  /** The run objects of one sphere made from component {@code componentId}. */
  public List<PipelineObject> objectsOf(String pipelineId, String sphere, String componentId) {
    return objects(pipelineId, sphere).stream()
        .filter(o -> field(o, "@componentParent").filter(componentId::equals).isPresent())
        .toList();
  }

  /** The only instance of {@code componentId}. */
  public PipelineObject instance(String pipelineId, String componentId) {
    var instances = objectsOf(pipelineId, "INSTANCE", componentId);
    assertThat(instances).as("instances of %s", componentId).hasSize(1);
    return instances.get(0);
  }

  public static Optional<String> field(PipelineObject object, String key) {
    return object.fields().stream()
        .filter(f -> f.key().equals(key))
        .map(f -> f.stringValue() != null ? f.stringValue() : f.refValue())
        .findFirst();
  }

  public static String required(PipelineObject object, String key) {
    return field(object, key)
        .orElseThrow(() -> new AssertionError(object.id() + " has no " + key + ": " + object));
  }
}
