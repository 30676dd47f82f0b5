package dev.sluice.store.workflows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.TaskCallback;
import java.time.Instant;
import java.util.List;

/** Records for the workflow store tests. */
final class Workflows {
  static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");
  static final String ROLE = "arn:aws:iam::123456789012:role/sfn";
  static final String DEFINITION =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  private Workflows() {}

  static String machineArn(String name) {
    return PREFIX + "stateMachine:" + name;
  }

  static MachineRecord machine(String name) {
    return new MachineRecord(
        machineArn(name),
        name,
        MachineType.STANDARD,
        DEFINITION,
        ROLE,
        null,
        T0,
        "rev-1",
        "{\"level\":\"OFF\"}",
        null,
        null,
        false);
  }

  static MachineRecord version(String name, int number) {
    return new MachineRecord(
        machineArn(name) + ":" + number,
        name,
        MachineType.STANDARD,
        DEFINITION,
        ROLE,
        "version " + number,
        T0.plusSeconds(number),
        "rev-" + number,
        null,
        "{\"enabled\":true}",
        number,
        false);
  }

  static String executionArn(String machine, String name) {
    return PREFIX + "execution:" + machine + ":" + name;
  }

  static ExecutionRecord execution(String machine, String name, Instant started) {
    return new ExecutionRecord(
        executionArn(machine, name),
        machineArn(machine),
        name,
        MachineType.STANDARD,
        ExecutionStatus.RUNNING,
        DEFINITION,
        ROLE,
        "{\"n\":1}",
        null,
        null,
        null,
        started,
        null,
        null,
        null,
        0,
        null,
        null);
  }

  static HistoryEvent event(long id, String type) {
    ObjectNode details = JsonNodeFactory.instance.objectNode();
    details.put("name", "P");
    details.put("input", "{\"id\":" + id + "}");
    details.putObject("inputDetails").put("truncated", false);
    return new HistoryEvent(
        id, id - 1, T0.plusMillis(id), type, "stateEnteredEventDetails", details);
  }

  static HistoryEvent bareEvent(long id, String type) {
    return new HistoryEvent(id, id - 1, T0.plusMillis(id), type, null, null);
  }

  static ExecutionFrame frame(String scope, String state, long enteredEventId) {
    return new ExecutionFrame(
        scope, state, "{\"at\":\"" + state + "\"}", enteredEventId, "{\"retries\":0}");
  }

  static TaskCallback callback(String token, String executionArn, String activityArn, Instant at) {
    return new TaskCallback(token, executionArn, "", activityArn, "{\"task\":1}", at, null, null);
  }

  static Progress step(
      String executionArn, List<HistoryEvent> events, List<ExecutionFrame> frames) {
    return new Progress(executionArn, events, frames, List.of(), List.of(), null);
  }
}
