package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.DataPipelineClients;
import dev.sluice.it.support.LogsClients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.Field;
import software.amazon.awssdk.services.datapipeline.model.PutPipelineDefinitionResponse;

/**
 * A Sluice's Data Pipeline as the tests use it, through the SDK only: pipelines created, defined
 * and activated, their state and their objects' fields read back, and waits for both.
 */
final class Pipelines {
  /** How long a wait for the runner may take before a test gives up. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final URI endpoint;
  private final DataPipelineClient client;
  private final CloudWatchLogsClient logs;

  Pipelines(URI endpoint) {
    this.endpoint = endpoint;
    this.client = DataPipelineClients.dataPipeline(endpoint);
    this.logs = LogsClients.logs(endpoint);
  }

  DataPipelineClient client() {
    return client;
  }

  URI endpoint() {
    return endpoint;
  }

  /** A new pipeline whose uniqueId is its name. */
  String create(String name) {
    return client.createPipeline(b -> b.name(name).uniqueId(name)).pipelineId();
  }

  /** Puts the definition, which must have no validation errors. */
  void put(String pipelineId, Component... objects) {
    PutPipelineDefinitionResponse put =
        client.putPipelineDefinition(
            b -> b.pipelineId(pipelineId).pipelineObjects(Component.all(objects)));
    assertThat(put.errored()).as("errors: %s", put.validationErrors()).isFalse();
  }

  /** A new pipeline with the definition put. */
  String define(String name, Component... objects) {
    var id = create(name);
    put(id, objects);
    return id;
  }

  /** A new pipeline with the definition put and activated. */
  String run(String name, Component... objects) {
    var id = define(name, objects);
    client.activatePipeline(b -> b.pipelineId(id));
    return id;
  }

  /** DescribePipelines' fields of the pipeline. */
  Map<String, String> description(String pipelineId) {
    var fields = new LinkedHashMap<String, String>();
    client
        .describePipelines(b -> b.pipelineIds(pipelineId))
        .pipelineDescriptionList()
        .get(0)
        .fields()
        .forEach(f -> fields.put(f.key(), f.stringValue()));
    return fields;
  }

  String state(String pipelineId) {
    return description(pipelineId).get("@pipelineState");
  }

  void awaitState(String pipelineId, String state) {
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(state(pipelineId)).isEqualTo(state));
  }

  /** Every id QueryObjects answers for the sphere, following pages. */
  List<String> ids(String pipelineId, String sphere) {
    var ids = new ArrayList<String>();
    String marker = null;
    do {
      var from = marker;
      var page = client.queryObjects(b -> b.pipelineId(pipelineId).sphere(sphere).marker(from));
      ids.addAll(page.ids());
      marker = page.hasMoreResults() ? page.marker() : null;
    } while (marker != null);
    return ids;
  }

  /** The instance of {@code component}, waiting for the runner to make it (there must be one). */
  String instance(String pipelineId, String component) {
    return await()
        .atMost(PATIENCE)
        .until(() -> instancesOf(pipelineId, component), ids -> ids.size() == 1)
        .get(0);
  }

  List<String> instancesOf(String pipelineId, String component) {
    return ids(pipelineId, "INSTANCE").stream()
        .filter(id -> id.startsWith("@" + component + "_"))
        .toList();
  }

  /** DescribeObjects' fields of one object, each key with its values (strings or references). */
  Map<String, List<String>> fields(String pipelineId, String objectId) {
    var described =
        client.describeObjects(b -> b.pipelineId(pipelineId).objectIds(objectId)).pipelineObjects();
    assertThat(described).as("object %s", objectId).hasSize(1);
    return byKey(described.get(0).fields());
  }

  static Map<String, List<String>> byKey(List<Field> fields) {
    var byKey = new LinkedHashMap<String, List<String>>();
    for (var field : fields) {
      var value = field.stringValue() != null ? field.stringValue() : field.refValue();
      byKey.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(value);
    }
    return byKey;
  }

  /** The first value of the field, or null. */
  String field(String pipelineId, String objectId, String key) {
    var values = fields(pipelineId, objectId).get(key);
    return values == null ? null : values.get(0);
  }

  String status(String pipelineId, String objectId) {
    return field(pipelineId, objectId, "@status");
  }

  void awaitStatus(String pipelineId, String objectId, String status) {
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(status(pipelineId, objectId)).isEqualTo(status));
  }

  /** A DateTime field's value as a time. */
  Instant time(String pipelineId, String objectId, String key) {
    return parse(field(pipelineId, objectId, key));
  }

  static Instant parse(String dateTime) {
    return LocalDateTime.parse(dateTime).toInstant(ZoneOffset.UTC);
  }

  /**
   * The messages of the pipeline's log group ({@code /aws/datapipeline/<id>}) in streams starting
   * with {@code streamPrefix}, oldest first, through CloudWatch Logs' FilterLogEvents.
   */
  List<String> logLines(String pipelineId, String streamPrefix) {
    return logs
        .filterLogEventsPaginator(
            b ->
                b.logGroupName("/aws/datapipeline/" + pipelineId).logStreamNamePrefix(streamPrefix))
        .events()
        .stream()
        .map(FilteredLogEvent::message)
        .toList();
  }

  /** Moves Sluice's clock forward ({@code 10m}, {@code 1h}) through the admin route. */
  void advance(String by) throws IOException, InterruptedException {
    var response =
        HTTP.send(
            HttpRequest.newBuilder(endpoint.resolve("/_sluice/time/advance?by=" + by))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
