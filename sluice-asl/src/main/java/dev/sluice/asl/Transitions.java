package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/** The states a definition's states can go to: Next, Default, each Choice's and Catcher's Next. */
final class Transitions {
  private Transitions() {}

  /** The names reachable from {@code start} within one {@code States} object. */
  static Set<String> reachable(String start, JsonNode states) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    pending.push(start);
    while (!pending.isEmpty()) {
      String name = pending.pop();
      JsonNode state = states.get(name);
      if (state == null || !reached.add(name)) {
        continue;
      }
      add(pending, state.get("Next"));
      add(pending, state.get("Default"));
      for (JsonNode choice : state.path("Choices")) {
        add(pending, choice.get("Next"));
      }
      for (JsonNode catcher : state.path("Catch")) {
        add(pending, catcher.get("Next"));
      }
    }
    return reached;
  }

  private static void add(Deque<String> pending, JsonNode next) {
    if (next != null && next.isTextual()) {
      pending.push(next.asText());
    }
  }
}
