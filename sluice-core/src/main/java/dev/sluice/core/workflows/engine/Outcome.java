package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.workflows.HistoryEvent;
import java.util.List;

/**
 * How a scope ended: its output or its error and cause, plus the events that end it which are not
 * written yet (the caller writes them together with its own).
 */
record Outcome(
    boolean failed,
    JsonNode output,
    String error,
    String cause,
    List<HistoryEvent> pending,
    long last) {

  static Outcome success(JsonNode output, List<HistoryEvent> pending, long last) {
    return new Outcome(false, output, null, null, List.copyOf(pending), last);
  }

  static Outcome failure(String error, String cause, List<HistoryEvent> pending, long last) {
    return new Outcome(true, null, error, cause, List.copyOf(pending), last);
  }
}
