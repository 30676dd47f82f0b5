package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.internal.ChoiceRules;
import dev.sluice.asl.internal.Intrinsics;
import dev.sluice.asl.internal.Paths;
import dev.sluice.asl.internal.StateFailure;
import dev.sluice.asl.internal.Template;
import java.util.ArrayList;
import java.util.List;

/** The pure interpreter: given a state and its input, decides the next step. */
public final class Interpreter {
  private Interpreter() {}

  /** Runs state {@code stateName} of {@code machine} on {@code input}. */
  public static Step next(StateMachine machine, String stateName, JsonNode input, Context context) {
    State state = machine.state(stateName);
    if (state == null) {
      return new Step.Failed("States.Runtime", "No state named '" + stateName + "'");
    }
    try {
      Dataflow flow = machine.dataflow(stateName);
      return flow.jsonata()
          ? JsonataStates.next(state, flow, input, context)
          : run(state, flow, input, context);
    } catch (StateFailure failure) {
      return failed(stateName, context, failure);
    }
  }

  static Step.Failed failed(String stateName, Context context, StateFailure failure) {
    return new Step.Failed(
        failure.error(),
        "An error occurred while executing the state '"
            + stateName
            + "' (entered at the event id #"
            + context.enteredEventId()
            + "). "
            + failure.cause());
  }

  private static Step run(State state, Dataflow flow, JsonNode input, Context context) {
    Paths raw = Paths.of(input, context);
    return switch (state) {
      case State.Pass s -> pass(s, flow, input, raw, context);
      case State.Succeed s ->
          new Step.Succeeded(output(s.paths(), raw.select(s.paths().inputPath()), context));
      case State.Fail s -> fail(s, raw, context);
      case State.Choice s -> choice(s, flow, raw, context);
      case State.Task s ->
          new Step.Invoke(s.resource(), effective(s.paths(), s.parameters(), raw, context));
      case State.Wait s ->
          Assignments.attach(
              WaitDecision.decide(s, raw),
              Assignments.jsonPath(flow.assign(), raw.select(s.paths().inputPath()), context));
      case State.Parallel s ->
          new Step.RunBranches(s.branches(), effective(s.paths(), s.parameters(), raw, context));
      case State.MapState s -> items(s, flow, raw, context);
    };
  }

  private static Step pass(
      State.Pass s, Dataflow flow, JsonNode input, Paths raw, Context context) {
    JsonNode result =
        s.result() != null ? s.result() : effective(s.paths(), s.parameters(), raw, context);
    JsonNode combined = Paths.place(input, s.paths().resultPath(), result);
    JsonNode output = output(s.paths(), combined, context);
    ObjectNode assigned = Assignments.jsonPath(flow.assign(), result, context);
    return Assignments.attach(transition(s.transition(), output), assigned);
  }

  private static Step fail(State.Fail s, Paths raw, Context context) {
    Intrinsics intrinsics = new Intrinsics(raw, context.entropy());
    String error =
        s.errorPath() == null ? s.error() : dynamic(s.errorPath(), "ErrorPath", raw, intrinsics);
    String cause =
        s.causePath() == null ? s.cause() : dynamic(s.causePath(), "CausePath", raw, intrinsics);
    return new Step.Failed(error, cause);
  }

  private static String dynamic(String expression, String field, Paths raw, Intrinsics intrinsics) {
    JsonNode value =
        expression.startsWith("States.")
            ? intrinsics.evaluate(expression, field)
            : raw.required(expression, field);
    return value.isTextual() ? value.asText() : value.toString();
  }

  private static Step choice(State.Choice s, Dataflow flow, Paths raw, Context context) {
    JsonNode effective = raw.select(s.paths().inputPath());
    ChoiceRules rules = new ChoiceRules(Paths.of(effective, context));
    JsonNode output = output(s.paths(), effective, context);
    for (JsonNode rule : s.choices()) {
      if (rules.matches(rule)) {
        ObjectNode assigned = Assignments.jsonPath(rule.get("Assign"), effective, context);
        return new Step.Next(rule.path("Next").asText(), output, assigned);
      }
    }
    if (s.defaultState() != null) {
      ObjectNode assigned = Assignments.jsonPath(flow.assign(), effective, context);
      return new Step.Next(s.defaultState(), output, assigned);
    }
    return new Step.Failed("States.NoChoiceMatched", "No Matches!");
  }

  private static Step items(State.MapState s, Dataflow flow, Paths raw, Context context) {
    JsonNode effective = raw.select(s.paths().inputPath());
    Integer maxConcurrency = MapTolerance.check(s.tolerance(), raw.scoped(effective));
    ItemReader reader = ItemReader.of(flow.definition());
    if (reader != null) {
      // the read items replace the input; AWS applies no ItemsPath to them (recorded cases)
      return new Step.ReadItems(ItemReads.jsonPath(reader, effective, context));
    }
    JsonNode array =
        s.itemsPath() == null ? effective : Paths.of(effective, context).select(s.itemsPath());
    if (!array.isArray()) {
      throw new StateFailure(
          "States.Runtime", "Map state input must be an array but was: " + array);
    }
    List<JsonNode> values = new ArrayList<>();
    array.forEach(values::add);
    return selected(s, flow, effective, values, context, maxConcurrency);
  }

  private static Step selected(
      State.MapState s,
      Dataflow flow,
      JsonNode effective,
      List<JsonNode> values,
      Context context,
      Integer maxConcurrency) {
    List<JsonNode> items = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      items.add(item(s.itemSelector(), effective, values.get(i), i, context));
    }
    ItemBatcher batcher = ItemBatcher.of(flow.definition());
    return new Step.RunItems(
        s.processor(),
        Batching.jsonPath(batcher, items, effective, context),
        maxConcurrency != null ? maxConcurrency : s.maxConcurrency());
  }

  /**
   * Continues a Map state after its ItemReader read {@code values} (see {@link Step.ReadItems}):
   * applies ItemSelector and ItemBatcher, and hands back the {@link Step.RunItems}.
   *
   * @param input the state's raw input (as given to {@link #next})
   */
  public static Step items(
      StateMachine machine,
      String stateName,
      JsonNode input,
      List<JsonNode> values,
      Context context) {
    State.MapState s = (State.MapState) machine.state(stateName);
    Dataflow flow = machine.dataflow(stateName);
    try {
      if (flow.jsonata()) {
        return JsonataStates.items(s, flow, input, values, context);
      }
      Paths raw = Paths.of(input, context);
      JsonNode effective = raw.select(s.paths().inputPath());
      Integer maxConcurrency = MapTolerance.check(s.tolerance(), raw.scoped(effective));
      return selected(s, flow, effective, values, context, maxConcurrency);
    } catch (StateFailure failure) {
      return failed(stateName, context, failure);
    }
  }

  /**
   * Where a Map state's results go when it has a ResultWriter (Parameters or Arguments resolved on
   * the state's input), else null.
   *
   * @param input the state's raw input (as given to {@link #next})
   */
  public static ResultWrite resultWrite(
      StateMachine machine, String stateName, JsonNode input, Context context) {
    Dataflow flow = machine.dataflow(stateName);
    ResultWriter writer = ResultWriter.of(flow.definition());
    if (writer == null) {
      return null;
    }
    JsonNode arguments = JsonNodeFactory.instance.objectNode();
    if (writer.parameters() != null && flow.jsonata()) {
      arguments =
          JsonataStates.evaluator(input, null, null, context.contextObject(), context)
              .expand(writer.parameters(), "ResultWriter/Arguments");
    } else if (writer.parameters() != null) {
      State.MapState s = (State.MapState) machine.state(stateName);
      Paths scoped = Paths.of(Paths.of(input, context).select(s.paths().inputPath()), context);
      arguments =
          new Template(scoped, new Intrinsics(scoped, context.entropy()))
              .expand(writer.parameters());
    }
    JsonNode config = writer.writerConfig();
    return new ResultWrite(
        arguments.path("Bucket").asText(null),
        arguments.path("Prefix").asText(""),
        config.path("OutputType").asText("JSON"),
        config.path("Transformation").asText("NONE"));
  }

  private static JsonNode item(
      JsonNode selector, JsonNode effective, JsonNode value, int index, Context context) {
    if (selector == null) {
      return value;
    }
    ObjectNode contextObject =
        context.contextObject() instanceof ObjectNode object
            ? object.deepCopy()
            : JsonNodeFactory.instance.objectNode();
    ObjectNode item = contextObject.putObject("Map").putObject("Item");
    item.put("Index", index);
    item.set("Value", value);
    Paths scoped = new Paths(effective, contextObject, context.variables());
    return new Template(scoped, new Intrinsics(scoped, context.entropy())).expand(selector);
  }

  /**
   * Finishes a Task, Parallel or Map state once the caller did its work: applies ResultSelector,
   * ResultPath and OutputPath to {@code result} and takes the state's transition.
   *
   * @param input the state's raw input (as given to {@link #next})
   */
  public static Step complete(
      StateMachine machine, String stateName, JsonNode input, JsonNode result, Context context) {
    State state = machine.state(stateName);
    Dataflow flow = machine.dataflow(stateName);
    try {
      return switch (state) {
        case State.Task s when flow.jsonata() ->
            JsonataStates.complete(s.transition(), flow, input, result, context);
        case State.Parallel s when flow.jsonata() ->
            JsonataStates.complete(s.transition(), flow, input, result, context);
        case State.MapState s when flow.jsonata() ->
            JsonataStates.complete(s.transition(), flow, input, result, context);
        case State.Task s ->
            finish(s.transition(), s.paths(), s.resultSelector(), flow, input, result, context);
        case State.Parallel s ->
            finish(s.transition(), s.paths(), s.resultSelector(), flow, input, result, context);
        case State.MapState s ->
            finish(s.transition(), s.paths(), s.resultSelector(), flow, input, result, context);
        default -> new Step.Failed("States.Runtime", "State '" + stateName + "' has no result");
      };
    } catch (StateFailure failure) {
      return failed(stateName, context, failure);
    }
  }

  private static Step finish(
      State.Transition transition,
      State.Paths paths,
      JsonNode selector,
      Dataflow flow,
      JsonNode input,
      JsonNode result,
      Context context) {
    JsonNode selected = result;
    if (selector != null) {
      Paths scoped = Paths.of(result, context);
      selected = new Template(scoped, new Intrinsics(scoped, context.entropy())).expand(selector);
    }
    JsonNode combined = Paths.place(input, paths.resultPath(), selected);
    ObjectNode assigned = Assignments.jsonPath(flow.assign(), selected, context);
    return Assignments.attach(transition(transition, output(paths, combined, context)), assigned);
  }

  private static JsonNode effective(
      State.Paths paths, JsonNode parameters, Paths raw, Context context) {
    JsonNode selected = raw.select(paths.inputPath());
    if (parameters == null) {
      return selected;
    }
    Paths scoped = Paths.of(selected, context);
    return new Template(scoped, new Intrinsics(scoped, context.entropy())).expand(parameters);
  }

  private static JsonNode output(State.Paths paths, JsonNode combined, Context context) {
    return Paths.of(combined, context).select(paths.outputPath());
  }

  private static Step transition(State.Transition transition, JsonNode output) {
    return transition.end() ? new Step.Succeeded(output) : new Step.Next(transition.next(), output);
  }
}
