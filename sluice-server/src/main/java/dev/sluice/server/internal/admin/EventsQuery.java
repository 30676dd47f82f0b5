package dev.sluice.server.internal.admin;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.Locale;
import java.util.Map;

/** The parameters of {@code /_sluice/events}: status (PENDING by default), after and limit. */
record EventsQuery(EventStatus status, long after, int limit) {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  static Result<EventsQuery> parse(Map<String, String> parameters) {
    EventStatus status;
    try {
      var name = parameters.getOrDefault("status", "PENDING").toUpperCase(Locale.ROOT);
      status = EventStatus.valueOf(name);
    } catch (IllegalArgumentException e) {
      return invalid("status must be PENDING, DELIVERED or FAILED");
    }
    long after;
    int limit;
    try {
      after = Long.parseLong(parameters.getOrDefault("after", "0"));
      limit = Integer.parseInt(parameters.getOrDefault("limit", Integer.toString(DEFAULT_LIMIT)));
    } catch (NumberFormatException e) {
      return invalid("after and limit must be whole numbers");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      return invalid("limit must be between 1 and " + MAX_LIMIT);
    }
    return Result.ok(new EventsQuery(status, after, limit));
  }

  private static Result<EventsQuery> invalid(String message) {
    return Result.err(Failure.of("InvalidParameter", 400, message));
  }
}
