package dev.sluice.core.functions.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.functions.InvocationOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The events Lambda sends to OnSuccess/OnFailure destinations and to dead-letter targets. */
final class DestinationRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DestinationRecords() {}

  /**
   * Lambda's invocation record for a destination.
   *
   * @param condition {@code Success}, {@code RetriesExhausted} or {@code EventAgeExceeded}
   * @param outcome the last outcome, or null when the event expired before it ran
   */
  static NewEvent destination(
      String destinationArn,
      Instant now,
      QueuedInvocation invocation,
      String functionArn,
      String condition,
      int invokeCount,
      String executedVersion,
      InvocationOutcome outcome) {
    var record = JSON.createObjectNode();
    record.put("version", "1.0");
    record.put("timestamp", now.toString());
    var context = record.putObject("requestContext");
    context.put("requestId", invocation.requestId());
    context.put("functionArn", functionArn);
    context.put("condition", condition);
    context.put("approximateInvokeCount", invokeCount);
    record.set("requestPayload", json(invocation.payload()));
    if (outcome != null) {
      var response = record.putObject("responseContext");
      response.put("statusCode", 200);
      response.put("executedVersion", executedVersion);
      if (outcome instanceof InvocationOutcome.Failed) {
        response.put("functionError", "Unhandled");
      }
      record.set("responsePayload", json(payloadOf(outcome)));
    }
    return new NewEvent(
        serviceOf(destinationArn), destinationArn, "Destination", record.toString());
  }

  /** The original event, for a DeadLetterConfig's queue or topic. */
  static NewEvent deadLetter(String targetArn, QueuedInvocation invocation) {
    return new NewEvent(
        serviceOf(targetArn),
        targetArn,
        "DeadLetter",
        new String(invocation.payload(), StandardCharsets.UTF_8));
  }

  /** The outbox service of an ARN: {@code lambda}, {@code sqs}, {@code sns}, {@code events}. */
  static String serviceOf(String arn) {
    var parts = arn.split(":");
    return parts.length > 2 ? parts[2] : arn;
  }

  private static byte[] payloadOf(InvocationOutcome outcome) {
    return switch (outcome) {
      case InvocationOutcome.Returned r -> r.payload();
      case InvocationOutcome.Failed f -> f.payload();
    };
  }

  private static JsonNode json(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return JSON.nullNode();
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
    }
  }
}
