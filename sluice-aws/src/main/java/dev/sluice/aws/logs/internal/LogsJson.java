package dev.sluice.aws.logs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.logs.LogGroup;
import dev.sluice.core.logs.LogStream;
import dev.sluice.core.logs.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** CloudWatch Logs' output shapes; times are epoch milliseconds. */
public final class LogsJson {
  private LogsJson() {}

  public static ObjectNode object() {
    return LogsRequest.MAPPER.createObjectNode();
  }

  /** A page's body: {@code field} holds the items, each rendered, then the nextToken if any. */
  public static <T> ObjectNode page(
      String field, List<T> items, Function<T, JsonNode> render, String nextToken) {
    var node = object();
    putArray(node, field, items, render);
    if (nextToken != null) {
      node.put("nextToken", nextToken);
    }
    return node;
  }

  /** Adds {@code field} to {@code node}: the items, each rendered. */
  public static <T> void putArray(
      ObjectNode node, String field, List<T> items, Function<T, JsonNode> render) {
    var array = node.putArray(field);
    items.forEach(item -> array.add(render.apply(item)));
  }

  public static ObjectNode group(LogGroup group, LogsRequest request) {
    var arn = groupArn(group.name(), request);
    var node = object().put("logGroupName", group.name());
    node.put("creationTime", group.createdAt().toEpochMilli());
    if (group.retentionInDays() != null) {
      node.put("retentionInDays", group.retentionInDays());
    }
    node.put("metricFilterCount", 0);
    node.put("arn", arn + ":*");
    node.put("storedBytes", group.storedBytes());
    node.put("logGroupClass", "STANDARD");
    node.put("logGroupArn", arn);
    return node;
  }

  public static ObjectNode stream(LogStream stream, LogsRequest request) {
    var node = object().put("logStreamName", stream.name());
    node.put("creationTime", stream.createdAt().toEpochMilli());
    putTime(node, "firstEventTimestamp", stream.firstEventTimestamp());
    putTime(node, "lastEventTimestamp", stream.lastEventTimestamp());
    putTime(node, "lastIngestionTime", stream.lastIngestionTime());
    node.put("arn", groupArn(stream.group(), request) + ":log-stream:" + stream.name());
    node.put("storedBytes", stream.storedBytes());
    return node;
  }

  /** An event as GetLogEvents returns it. */
  public static ObjectNode outputEvent(StoredEvent event) {
    var node = object().put("timestamp", event.timestamp().toEpochMilli());
    node.put("message", event.message());
    node.put("ingestionTime", event.ingestionTime().toEpochMilli());
    return node;
  }

  /** An event as FilterLogEvents returns it. */
  public static ObjectNode filteredEvent(StoredEvent event) {
    var node = object().put("logStreamName", event.stream());
    node.put("timestamp", event.timestamp().toEpochMilli());
    node.put("message", event.message());
    node.put("ingestionTime", event.ingestionTime().toEpochMilli());
    node.put("eventId", event.key().digits());
    return node;
  }

  private static String groupArn(String group, LogsRequest request) {
    return "arn:aws:logs:" + request.region() + ":" + request.account() + ":log-group:" + group;
  }

  private static void putTime(ObjectNode node, String field, Instant time) {
    if (time != null) {
      node.put(field, time.toEpochMilli());
    }
  }

  /** Epoch milliseconds as an instant, keeping null. */
  public static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }
}
