package dev.sluice.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.Field;
import software.amazon.awssdk.services.datapipeline.model.PipelineObject;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The AWS SDK for Java v2 clients the pipelines section drives Sluice with: S3 for the corpus and
 * the output, Data Pipeline for the pipeline, CloudWatch Logs for the step's log.
 */
final class PipelineClients implements AutoCloseable {
  private static final List<String> FAILED =
      List.of("FAILED", "CANCELED", "TIMEDOUT", "CASCADE_FAILED");

  private final S3Client s3;
  private final DataPipelineClient pipelines;
  private final CloudWatchLogsClient logs;

  PipelineClients(URI endpoint) {
    var sdk =
        new BenchSdk(
            endpoint,
            ApacheHttpClient.builder().maxConnections(16).socketTimeout(Duration.ofMinutes(5)));
    this.s3 = sdk.s3();
    this.pipelines = sdk.client(DataPipelineClient.builder());
    this.logs = sdk.client(CloudWatchLogsClient.builder());
  }

  void createBucket(String bucket) {
    s3.createBucket(b -> b.bucket(bucket));
  }

  void upload(String bucket, String key, Path file) {
    s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
  }

  /** A new pipeline holding {@code objects}; fails when the definition has errors. */
  String createPipeline(String name, List<PipelineObject> objects) throws IOException {
    var id = pipelines.createPipeline(b -> b.name(name).uniqueId(name)).pipelineId();
    var put = pipelines.putPipelineDefinition(b -> b.pipelineId(id).pipelineObjects(objects));
    if (Boolean.TRUE.equals(put.errored())) {
      throw new IOException("The definition of " + name + " has errors: " + put.validationErrors());
    }
    return id;
  }

  void activate(String pipelineId) {
    pipelines.activatePipeline(b -> b.pipelineId(pipelineId));
  }

  /**
   * Polls DescribePipelines every {@code interval} until {@code @pipelineState} is FINISHED, and
   * every second the instances' {@code @status}: an instance that failed, or no FINISHED within
   * {@code limit}, fails the run with what Sluice says.
   */
  void awaitFinished(String pipelineId, Duration interval, Duration limit) throws IOException {
    long deadline = System.nanoTime() + limit.toNanos();
    long nextInstanceCheck = System.nanoTime();
    while (!"FINISHED".equals(pipelineState(pipelineId))) {
      if (System.nanoTime() > nextInstanceCheck) {
        failOnFailedInstance(pipelineId);
        nextInstanceCheck = System.nanoTime() + Duration.ofSeconds(1).toNanos();
      }
      if (System.nanoTime() > deadline) {
        throw new IOException(
            "Pipeline "
                + pipelineId
                + " not FINISHED within "
                + limit
                + ": "
                + instances(pipelineId));
      }
      LockSupport.parkNanos(interval.toNanos());
    }
    failOnFailedInstance(pipelineId);
  }

  private String pipelineState(String pipelineId) {
    var description =
        pipelines.describePipelines(b -> b.pipelineIds(pipelineId)).pipelineDescriptionList();
    return description.get(0).fields().stream()
        .filter(f -> f.key().equals("@pipelineState"))
        .map(Field::stringValue)
        .findFirst()
        .orElse("");
  }

  private void failOnFailedInstance(String pipelineId) throws IOException {
    for (var instance : instances(pipelineId)) {
      if (FAILED.contains(instance.getOrDefault("@status", ""))) {
        throw new IOException("Pipeline " + pipelineId + ": an instance ended " + instance);
      }
    }
  }

  /** Every instance object's string fields. */
  List<Map<String, String>> instances(String pipelineId) {
    var ids = new ArrayList<String>();
    pipelines
        .queryObjectsPaginator(b -> b.pipelineId(pipelineId).sphere("INSTANCE"))
        .forEach(page -> ids.addAll(page.ids()));
    var found = new ArrayList<Map<String, String>>();
    for (int from = 0; from < ids.size(); from += 25) {
      var batch = ids.subList(from, Math.min(ids.size(), from + 25));
      for (var object :
          pipelines
              .describeObjects(b -> b.pipelineId(pipelineId).objectIds(batch))
              .pipelineObjects()) {
        var fields = new HashMap<String, String>(Map.of("id", object.id()));
        object.fields().forEach(f -> fields.put(f.key(), fieldValue(f)));
        found.add(fields);
      }
    }
    return found;
  }

  private static String fieldValue(Field field) {
    return field.stringValue() != null ? field.stringValue() : field.refValue();
  }

  /** Every event of the pipeline's log groups ({@code /aws/datapipeline/<id>...}), oldest first. */
  List<FilteredLogEvent> logEvents(String pipelineId) {
    var groups = new ArrayList<String>();
    logs.describeLogGroupsPaginator(b -> b.logGroupNamePrefix("/aws/datapipeline/" + pipelineId))
        .forEach(
            page -> groups.addAll(page.logGroups().stream().map(LogGroup::logGroupName).toList()));
    var events = new ArrayList<FilteredLogEvent>();
    for (var group : groups) {
      logs.filterLogEventsPaginator(b -> b.logGroupName(group))
          .forEach(page -> events.addAll(page.events()));
    }
    events.sort(Comparator.comparing(FilteredLogEvent::timestamp)); // stable: ties keep order
    return events;
  }

  /** The counts in every {@code part-*} object under {@code prefix}. */
  Map<String, Long> readCounts(String bucket, String prefix) throws IOException {
    var counts = new HashMap<String, Long>();
    var keys = new ArrayList<String>();
    s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix))
        .contents()
        .forEach(o -> keys.add(o.key()));
    for (var key : keys) {
      if (key.substring(key.lastIndexOf('/') + 1).startsWith("part-")) {
        try (var in = s3.getObject(b -> b.bucket(bucket).key(key))) {
          WordCountOutput.read(in, "s3://" + bucket + "/" + key, counts);
        }
      }
    }
    if (counts.isEmpty()) {
      throw new IOException("No part-* objects under s3://" + bucket + "/" + prefix + ": " + keys);
    }
    return counts;
  }

  @Override
  public void close() {
    s3.close();
    pipelines.close();
    logs.close();
  }
}
