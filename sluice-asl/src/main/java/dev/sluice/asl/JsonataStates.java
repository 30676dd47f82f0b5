package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.internal.JsonataEvaluator;
import java.util.List;

/**
 * Runs states whose query language is JSONata: Arguments, Output, Assign, Condition, Items and
 * ItemSelector are evaluated with {@code $states} and the visible variables.
 */
final class JsonataStates {
  private JsonataStates() {}

  static Step next(State state, Dataflow flow, JsonNode input, Context context) {
    JsonataEvaluator evaluator = evaluator(input, null, null, context.contextObject(), context);
    return switch (state) {
      case State.Pass s -> leave(s.transition(), flow, evaluator, input);
      case State.Succeed s -> new Step.Succeeded(output(flow, evaluator, input));
      case State.Fail s -> fail(flow, evaluator);
      case State.Choice s -> JsonataChoice.decide(s, flow, evaluator, input);
      case State.Wait s ->
          JsonataWait.decide(s, flow, evaluator, leave(s.transition(), flow, evaluator, input));
      case State.Task s -> new Step.Invoke(s.resource(), arguments(flow, evaluator, input));
      case State.Parallel s ->
          new Step.RunBranches(s.branches(), arguments(flow, evaluator, input));
      case State.MapState s -> map(s, flow, evaluator, input, context);
    };
  }

  private static Step map(
      State.MapState s,
      Dataflow flow,
      JsonataEvaluator evaluator,
      JsonNode input,
      Context context) {
    Integer maxConcurrency = MapTolerance.jsonata(flow.definition(), evaluator);
    ItemReader reader = ItemReader.of(flow.definition());
    if (reader != null) {
      return new Step.ReadItems(ItemReads.jsonata(reader, evaluator));
    }
    List<JsonNode> items = JsonataItems.of(flow, evaluator, input, context);
    return new Step.RunItems(
        s.processor(),
        Batching.jsonata(ItemBatcher.of(flow.definition()), items, evaluator),
        maxConcurrency);
  }

  /**
   * A Map state's items once its ItemReader read {@code values}: ItemSelector, ItemBatcher, and
   * MaxConcurrency evaluated again on the same input (it was checked before the read).
   */
  static Step items(
      State.MapState s, Dataflow flow, JsonNode input, List<JsonNode> values, Context context) {
    JsonataEvaluator evaluator = evaluator(input, null, null, context.contextObject(), context);
    Integer maxConcurrency = MapTolerance.jsonata(flow.definition(), evaluator);
    List<JsonNode> items = JsonataItems.select(flow, input, values, context);
    return new Step.RunItems(
        s.processor(),
        Batching.jsonata(ItemBatcher.of(flow.definition()), items, evaluator),
        maxConcurrency);
  }

  /** Finishes a Task, Parallel or Map state: Assign and Output see {@code $states.result}. */
  static Step complete(
      State.Transition transition,
      Dataflow flow,
      JsonNode input,
      JsonNode result,
      Context context) {
    JsonataEvaluator evaluator =
        evaluator(input, "result", result, context.contextObject(), context);
    ObjectNode assigned = Assignments.jsonata(flow.assign(), evaluator);
    JsonNode output = flow.output() == null ? result : evaluator.expand(flow.output(), "Output");
    return transition(transition, output, assigned);
  }

  /**
   * The step a JSONata catcher takes once it caught an error: its Assign and Output see {@code
   * $states.errorOutput} (Output defaults to the error output); for Retry/Catch handling.
   *
   * @param index the catcher's position in the state's Catch list (errors name {@code
   *     Catch[index]/Output/key})
   * @param errorOutput the {@code {"Error": ..., "Cause": ...}} object
   * @throws dev.sluice.asl.internal.StateFailure when an expression fails (call it where {@link
   *     Interpreter} turns that into a failed step)
   */
  static Step caught(
      JsonNode catcher, int index, JsonNode input, JsonNode errorOutput, Context context) {
    String at = "Catch[" + index + "]/";
    JsonataEvaluator evaluator =
        evaluator(input, "errorOutput", errorOutput, context.contextObject(), context);
    ObjectNode assigned = Assignments.jsonata(catcher.get("Assign"), at + "Assign", evaluator);
    JsonNode output =
        catcher.has("Output")
            ? evaluator.expand(catcher.get("Output"), at + "Output")
            : errorOutput;
    return new Step.Next(catcher.path("Next").asText(), output, assigned);
  }

  /**
   * An evaluator whose {@code $states} holds {@code input}, {@code contextObject} and, when {@code
   * name} is not null, {@code value} as {@code $states.<name>} (result or errorOutput).
   */
  static JsonataEvaluator evaluator(
      JsonNode input, String name, JsonNode value, JsonNode contextObject, Context context) {
    ObjectNode states = JsonNodeFactory.instance.objectNode();
    states.set("input", input);
    states.set("context", contextObject);
    if (name != null) {
      states.set(name, value);
    }
    return new JsonataEvaluator(states, context.variables(), context.entropy());
  }

  /** Assign, then Output (default: the input), then the transition. */
  private static Step leave(
      State.Transition transition, Dataflow flow, JsonataEvaluator evaluator, JsonNode input) {
    ObjectNode assigned = Assignments.jsonata(flow.assign(), evaluator);
    return transition(transition, output(flow, evaluator, input), assigned);
  }

  static JsonNode output(Dataflow flow, JsonataEvaluator evaluator, JsonNode input) {
    return flow.output() == null ? input : evaluator.expand(flow.output(), "Output");
  }

  private static JsonNode arguments(Dataflow flow, JsonataEvaluator evaluator, JsonNode input) {
    return flow.arguments() == null ? input : evaluator.expand(flow.arguments(), "Arguments");
  }

  private static Step fail(Dataflow flow, JsonataEvaluator evaluator) {
    return new Step.Failed(
        text(flow.definition().get("Error"), "Error", evaluator),
        text(flow.definition().get("Cause"), "Cause", evaluator));
  }

  private static String text(JsonNode field, String name, JsonataEvaluator evaluator) {
    if (field == null || field.isNull()) {
      return null;
    }
    JsonNode value = evaluator.expand(field, name);
    if (!value.isTextual()) {
      throw JsonataEvaluator.unexpectedType(field.asText(), name, "string", value);
    }
    return value.asText();
  }

  static Step transition(State.Transition transition, JsonNode output, ObjectNode assigned) {
    return transition.end()
        ? new Step.Succeeded(output, assigned)
        : new Step.Next(transition.next(), output, assigned);
  }
}
