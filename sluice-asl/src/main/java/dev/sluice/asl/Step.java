package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What happens after one state ran: decided by {@link Interpreter#next}. */
public sealed interface Step {

  /**
   * Go to {@code state} with {@code output} as its input.
   *
   * @param assigned the variables this state assigned (empty if none): the caller merges them into
   *     the scope's variables and records them as the StateExited event's assignedVariables
   */
  record Next(String state, JsonNode output, ObjectNode assigned) implements Step {
    public Next(String state, JsonNode output) {
      this(state, output, JsonNodeFactory.instance.objectNode());
    }
  }

  /**
   * The machine succeeded with {@code output}.
   *
   * @param assigned the variables the last state assigned (empty if none)
   */
  record Succeeded(JsonNode output, ObjectNode assigned) implements Step {
    public Succeeded(JsonNode output) {
      this(output, JsonNodeFactory.instance.objectNode());
    }
  }

  /** The machine (or state, before Retry/Catch) failed. */
  record Failed(String error, String cause) implements Step {}

  /** The caller must invoke {@code resource} with {@code parameters} (Task). */
  record Invoke(String resource, JsonNode parameters) implements Step {}

  /**
   * The caller must wait (Wait) {@code seconds}, or until {@code timestamp} (ISO-8601), exactly one
   * being set; then {@code then} (a {@link Next} or {@link Succeeded}) happens.
   */
  record WaitFor(Long seconds, String timestamp, Step then) implements Step {}

  /** The caller must run each branch on {@code input} (Parallel). */
  record RunBranches(List<StateMachine> branches, JsonNode input) implements Step {}

  /**
   * The caller must read the items of a Map state with an ItemReader as {@code read} says, turn
   * them into items ({@link ObjectItems}, {@link ListingItems}) and hand them to {@link
   * Interpreter#items}.
   */
  record ReadItems(ItemRead read) implements Step {}

  /** The caller must run {@code processor} on each of {@code items} (Map). */
  record RunItems(StateMachine processor, List<JsonNode> items, Integer maxConcurrency)
      implements Step {
    /** Items without a concurrency limit of their own (the state's MaxConcurrency applies). */
    public RunItems(StateMachine processor, List<JsonNode> items) {
      this(processor, items, null);
    }
  }
}
