package dev.sluice.core.workflows.internal;

import dev.sluice.core.workflows.HistoryEvent;
import java.util.List;

/** GetExecutionHistory with includeExecutionData=false: events without inputs and outputs. */
final class HistoryData {
  private static final List<String> DATA =
      List.of(
          "input",
          "inputDetails",
          "output",
          "outputDetails",
          "assignedVariables",
          "assignedVariablesDetails");

  private HistoryData() {}

  static HistoryEvent withoutData(HistoryEvent event) {
    if (event.details() == null) {
      return event;
    }
    var details = event.details().deepCopy();
    details.remove(DATA);
    return new HistoryEvent(
        event.id(),
        event.previousEventId(),
        event.timestamp(),
        event.type(),
        event.detailsKey(),
        details);
  }
}
