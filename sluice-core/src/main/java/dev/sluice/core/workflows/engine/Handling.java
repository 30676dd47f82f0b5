package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.Context;
import dev.sluice.asl.StateMachine;
import dev.sluice.asl.Step;
import java.util.List;

/** What the state's Retry and Catch make of a failure. */
sealed interface Handling {
  /**
   * Wait {@code delayMillis}, count an attempt for retrier {@code retrier}, run the state again.
   */
  record Retry(int retrier, long delayMillis) implements Handling {}

  /** A catcher took it: {@code next} is where the scope goes. */
  record Caught(Step next) implements Handling {}

  /** Nothing handles it: the scope fails. */
  record Unhandled(String error, String cause) implements Handling {}

  static Handling decide(
      StateMachine machine,
      String state,
      JsonNode input,
      String error,
      String cause,
      List<Integer> attempts,
      Context context) {
    return switch (dev.sluice.asl.Recovery.decide(
        machine, state, input, error, cause, attempts, context)) {
      case dev.sluice.asl.Recovery.Retry retry ->
          new Retry(retry.retrierIndex(), retry.delayMillis());
      case dev.sluice.asl.Recovery.Caught caught -> new Caught(caught.next());
      case dev.sluice.asl.Recovery.Unhandled unhandled ->
          new Unhandled(unhandled.failure().error(), unhandled.failure().cause());
    };
  }
}
