package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The entries of one result file, as the WriterConfig's Transformation and OutputType say. */
final class ResultEntries {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultEntries() {}

  static String text(ResultWrite write, List<ChildRun> runs) {
    List<JsonNode> entries = new ArrayList<>();
    String transformation = write.transformation() == null ? "NONE" : write.transformation();
    for (ChildRun run : runs) {
      switch (transformation) {
        case "COMPACT" -> entries.add(compact(run));
        case "FLATTEN" -> {
          JsonNode compact = compact(run);
          if (compact.isArray()) {
            compact.forEach(entries::add);
          } else {
            entries.add(compact);
          }
        }
        default -> entries.add(full(run));
      }
    }
    if ("JSONL".equals(write.outputType())) {
      return entries.stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
    }
    ArrayNode array = NODES.arrayNode();
    entries.forEach(array::add);
    return array.toString();
  }

  private static JsonNode compact(ChildRun run) {
    if (run.succeeded()) {
      return run.output();
    }
    ObjectNode failure = NODES.objectNode();
    failure.put("Error", run.error());
    failure.put("Cause", run.cause());
    return failure;
  }

  private static ObjectNode full(ChildRun run) {
    ObjectNode entry = NODES.objectNode();
    if (!run.succeeded()) {
      entry.put("Cause", run.cause());
      entry.put("Error", run.error());
    }
    entry.put("ExecutionArn", run.executionArn());
    entry.put("Input", run.input().toString());
    entry.putObject("InputDetails").put("Included", true);
    entry.put("Name", run.name());
    if (run.succeeded()) {
      entry.put("Output", run.output().toString());
      entry.putObject("OutputDetails").put("Included", true);
    }
    entry.put("RedriveCount", 0);
    entry.put("RedriveStatus", "NOT_REDRIVABLE");
    entry.put(
        "RedriveStatusReason",
        "Execution is " + (run.succeeded() ? "SUCCEEDED" : "FAILED") + " and cannot be redriven");
    entry.put("StartDate", run.start().toString());
    entry.put("StateMachineArn", run.stateMachineArn());
    entry.put("Status", run.succeeded() ? "SUCCEEDED" : "FAILED");
    entry.put("StopDate", run.stop().toString());
    return entry;
  }
}
