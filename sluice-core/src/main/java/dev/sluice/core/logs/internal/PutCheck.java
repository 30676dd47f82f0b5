package dev.sluice.core.logs.internal;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * What PutLogEvents checks of its events: some, each with a time (from 1970 on) and a message, in
 * time order.
 */
final class PutCheck {
  static final int MAX_EVENTS = 10_000;

  private PutCheck() {}

  static Result<List<LogEvent>> events(List<LogEvent> events) {
    if (events == null) {
      return Result.err(LogNames.notNull("logEvents"));
    }
    if (events.isEmpty()) {
      return Result.err(
          LogFailures.constraint(
              "[]", "logEvents", "Member must have length greater than or equal to 1"));
    }
    if (events.size() > MAX_EVENTS) {
      return Result.err(
          LogFailures.invalidParameter(
              "The batch of log events in a single PutLogEvents request cannot exceed "
                  + MAX_EVENTS
                  + " events."));
    }
    for (int i = 0; i < events.size(); i++) {
      var event = events.get(i);
      if (event.timestamp() == null || event.message() == null) {
        return Result.err(LogNames.notNull("logEvents." + (i + 1) + ".member.message"));
      }
      if (event.timestamp().toEpochMilli() < 0) {
        return Result.err(
            LogFailures.invalidParameter("Sluice keeps no log events from before 1970."));
      }
      if (i > 0 && event.timestamp().isBefore(events.get(i - 1).timestamp())) {
        return Result.err(
            LogFailures.invalidParameter(
                "Log events in a single PutLogEvents request must be in chronological order."));
      }
    }
    return Result.ok(events);
  }
}
