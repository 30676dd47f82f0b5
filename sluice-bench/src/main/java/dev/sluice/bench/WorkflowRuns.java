package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Creating machines, starting executions from many client threads, and waiting for them. */
final class WorkflowRuns {
  static final String ROLE = "arn:aws:iam::000000000000:role/sluice-bench";

  private final StatesWire wire;

  WorkflowRuns(StatesWire wire) {
    this.wire = wire;
  }

  /** Creates a machine of {@code type} (STANDARD or EXPRESS); its ARN. */
  String create(String name, String type, String definition) throws IOException {
    var input = StatesWire.object();
    input.put("name", name).put("definition", definition).put("roleArn", ROLE).put("type", type);
    return wire.call("CreateStateMachine", input).get("stateMachineArn").asText();
  }

  /** Starts executions {@code prefix-0 .. prefix-(count-1)} from {@code threads} client threads. */
  List<String> startAll(String machineArn, String prefix, int count, int threads) throws Exception {
    var arns = new String[count];
    ParallelCalls.run(
        count,
        threads,
        i -> {
          var input = StatesWire.object();
          input.put("stateMachineArn", machineArn).put("name", prefix + "-" + i);
          input.put("input", "{\"n\":" + i + "}");
          arns[i] = wire.call("StartExecution", input).get("executionArn").asText();
        });
    return List.of(arns);
  }

  /** Polls until the machine has no RUNNING execution; fails after {@code limit}. */
  void awaitNoneRunning(String machineArn, Duration poll, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!page(machineArn, "RUNNING", 1, null).path("executions").isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IOException("executions of " + machineArn + " still RUNNING after " + limit);
      }
      Thread.sleep(poll.toMillis());
    }
  }

  /** The stop dates of the machine's executions in {@code status}, read page by page. */
  List<Instant> stopDates(String machineArn, String status) throws IOException {
    var stops = new ArrayList<Instant>();
    String token = null;
    do {
      var page = page(machineArn, status, 1000, token);
      for (var execution : page.path("executions")) {
        stops.add(epoch(execution.get("stopDate")));
      }
      token = page.path("nextToken").isTextual() ? page.get("nextToken").asText() : null;
    } while (token != null);
    return stops;
  }

  /** The execution's history has an event of {@code type}. */
  boolean hasEvent(String executionArn, String type) throws IOException {
    var input = StatesWire.object().put("executionArn", executionArn).put("maxResults", 1000);
    for (var event : wire.call("GetExecutionHistory", input).path("events")) {
      if (event.path("type").asText().equals(type)) {
        return true;
      }
    }
    return false;
  }

  private JsonNode page(String machineArn, String status, int max, String token)
      throws IOException {
    var input = StatesWire.object();
    input.put("stateMachineArn", machineArn).put("statusFilter", status).put("maxResults", max);
    if (token != null) {
      input.put("nextToken", token);
    }
    return wire.call("ListExecutions", input);
  }

  /** An AWS timestamp (epoch seconds with a fraction) as an Instant. */
  static Instant epoch(JsonNode seconds) {
    var millis = new BigDecimal(seconds.asText()).movePointRight(3).longValue();
    return Instant.ofEpochMilli(millis);
  }
}
