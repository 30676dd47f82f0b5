package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.conformance.CaseFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the variables each state assigned with the {@code assignedVariables} of the recorded
 * StateExited events. Values are rendered as the recorder kept them: objects parsed, everything
 * else as its JSON text. Exits are matched by state name in any order (the recorder sorted the
 * events of Parallel states).
 */
final class RecordedAssignments {
  private RecordedAssignments() {}

  static String check(List<ExecutionRunner.Exit> exits, JsonNode history) {
    if (!history.isArray()) {
      return null;
    }
    List<ExecutionRunner.Exit> unmatched = new ArrayList<>();
    exits.stream().filter(e -> !e.assigned().isEmpty()).forEach(unmatched::add);
    for (JsonNode event : history) {
      JsonNode details = event.path("stateExitedEventDetails");
      JsonNode expected = details.path("assignedVariables");
      if (!expected.isObject() || expected.isEmpty()) {
        continue;
      }
      String state = details.path("name").asText();
      ExecutionRunner.Exit match = find(unmatched, state, expected);
      if (match == null) {
        return "state " + state + " should assign " + expected + "; exits were " + exits;
      }
      unmatched.remove(match);
    }
    return unmatched.isEmpty() ? null : "unrecorded assignments " + unmatched;
  }

  private static ExecutionRunner.Exit find(
      List<ExecutionRunner.Exit> exits, String state, JsonNode expected) {
    for (ExecutionRunner.Exit exit : exits) {
      if (exit.state().equals(state)
          && PureConformanceTest.same(rendered(exit.assigned()), expected)) {
        return exit;
      }
    }
    return null;
  }

  private static JsonNode rendered(ObjectNode assigned) {
    ObjectNode out = CaseFiles.JSON.createObjectNode();
    assigned
        .properties()
        .forEach(
            e ->
                out.set(
                    e.getKey(),
                    e.getValue().isObject()
                        ? e.getValue()
                        : CaseFiles.JSON.getNodeFactory().textNode(e.getValue().toString())));
    return out;
  }
}
