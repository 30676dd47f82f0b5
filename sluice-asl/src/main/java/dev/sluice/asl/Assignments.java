package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.internal.Intrinsics;
import dev.sluice.asl.internal.JsonataEvaluator;
import dev.sluice.asl.internal.Paths;
import dev.sluice.asl.internal.Template;

/**
 * Evaluates a state's {@code Assign}. Every value is computed from what the state saw on entry (its
 * variables included), so no assignment of the state affects another.
 */
final class Assignments {
  private Assignments() {}

  static ObjectNode none() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * JSONPath Assign: {@code .$} keys select from {@code source} (the state's result, or its
   * effective input where it has none), {@code $$} and the variables.
   */
  static ObjectNode jsonPath(JsonNode assign, JsonNode source, Context context) {
    if (assign == null || !assign.isObject()) {
      return none();
    }
    Paths paths = Paths.of(source, context);
    return (ObjectNode)
        new Template(paths, new Intrinsics(paths, context.entropy())).expand(assign);
  }

  /** JSONata Assign: every {@code {% %}} value is evaluated (errors name {@code Assign/key}). */
  static ObjectNode jsonata(JsonNode assign, JsonataEvaluator evaluator) {
    return jsonata(assign, "Assign", evaluator);
  }

  /**
   * JSONata Assign of a Choice rule or catcher: {@code field} is e.g. {@code Choices[0]/Assign}.
   */
  static ObjectNode jsonata(JsonNode assign, String field, JsonataEvaluator evaluator) {
    if (assign == null || !assign.isObject()) {
      return none();
    }
    return (ObjectNode) evaluator.expand(assign, field);
  }

  /** {@code step} (Next, Succeeded, or a WaitFor leading to one) carrying {@code assigned}. */
  static Step attach(Step step, ObjectNode assigned) {
    return switch (step) {
      case Step.Next next -> new Step.Next(next.state(), next.output(), assigned);
      case Step.Succeeded succeeded -> new Step.Succeeded(succeeded.output(), assigned);
      case Step.WaitFor wait ->
          new Step.WaitFor(wait.seconds(), wait.timestamp(), attach(wait.then(), assigned));
      default -> step;
    };
  }
}
