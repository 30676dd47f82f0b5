package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.internal.Paths;
import dev.sluice.asl.internal.StateFailure;
import java.util.List;

/**
 * What happens after a Task, Parallel or Map state failed: the state's Retry and Catch decide, as
 * AWS Step Functions does.
 */
public sealed interface Recovery {

  /**
   * Retry the state: the caller waits {@code delayMillis}, adds one to {@code
   * attempts[retrierIndex]} and runs the state again on the same input.
   */
  record Retry(int retrierIndex, long delayMillis) implements Recovery {}

  /**
   * A catcher took the error: {@code next} is a {@link Step.Next} to the catcher's state with the
   * error output ({@code {"Error", "Cause"}}) placed at its ResultPath in the state's input.
   */
  record Caught(Step next) implements Recovery {}

  /** Neither retried nor caught: the execution (or branch, or iteration) fails. */
  record Unhandled(Step.Failed failure) implements Recovery {}

  /**
   * Decides what follows a failure of {@code stateName}.
   *
   * @param input the state's raw input (as given to {@link Interpreter#next})
   * @param error the error name (null when a Fail state named none)
   * @param cause the cause, or null
   * @param attempts how many retries each retrier (by index) has used so far; shorter lists count
   *     the missing retriers as unused
   * @param context randomness for FULL jitter comes from {@link Context#entropy()}
   */
  static Recovery decide(
      StateMachine machine,
      String stateName,
      JsonNode input,
      String error,
      String cause,
      List<Integer> attempts,
      Context context) {
    Step.Failed failure = new Step.Failed(error, cause);
    State state = machine.state(stateName);
    List<Retrier> retriers;
    List<Catcher> catchers;
    switch (state) {
      case State.Task s -> {
        retriers = s.retry();
        catchers = s.catchers();
      }
      case State.Parallel s -> {
        retriers = s.retry();
        catchers = s.catchers();
      }
      case State.MapState s -> {
        retriers = s.retry();
        catchers = s.catchers();
      }
      case null, default -> {
        return new Unhandled(failure);
      }
    }
    for (int i = 0; i < retriers.size(); i++) {
      Retrier retrier = retriers.get(i);
      if (ErrorNames.matches(retrier.errorEquals(), error)) {
        int used = i < attempts.size() ? attempts.get(i) : 0;
        if (used < retrier.maxAttempts()) {
          return new Retry(i, RetryDelay.millis(retrier, used, context.entropy()));
        }
        break;
      }
    }
    for (int i = 0; i < catchers.size(); i++) {
      Catcher catcher = catchers.get(i);
      if (ErrorNames.matches(catcher.errorEquals(), error)) {
        Dataflow dataflow = machine.dataflow(stateName);
        return dataflow != null && dataflow.jsonata()
            ? caughtJsonata(stateName, catcher, i, input, failure, context)
            : caught(stateName, catcher, input, failure, context);
      }
    }
    return new Unhandled(failure);
  }

  private static ObjectNode errorOutput(Step.Failed failure) {
    ObjectNode errorOutput = JsonNodeFactory.instance.objectNode();
    errorOutput.put("Error", failure.error());
    if (failure.cause() != null) {
      errorOutput.put("Cause", failure.cause());
    }
    return errorOutput;
  }

  /** JSONPath: the error output goes to ResultPath; Assign reads the error output. */
  private static Recovery caught(
      String stateName, Catcher catcher, JsonNode input, Step.Failed failure, Context context) {
    ObjectNode errorOutput = errorOutput(failure);
    try {
      JsonNode output = Paths.place(input, catcher.resultPath(), errorOutput);
      ObjectNode assigned = Assignments.jsonPath(catcher.raw().get("Assign"), errorOutput, context);
      return new Caught(new Step.Next(catcher.next(), output, assigned));
    } catch (StateFailure placing) {
      return new Unhandled(Interpreter.failed(stateName, context, placing));
    }
  }

  /** JSONata: Output (default the error output) and Assign see {@code $states.errorOutput}. */
  private static Recovery caughtJsonata(
      String stateName,
      Catcher catcher,
      int index,
      JsonNode input,
      Step.Failed failure,
      Context context) {
    try {
      return new Caught(
          JsonataStates.caught(catcher.raw(), index, input, errorOutput(failure), context));
    } catch (StateFailure evaluating) {
      return new Unhandled(Interpreter.failed(stateName, context, evaluating));
    }
  }
}
