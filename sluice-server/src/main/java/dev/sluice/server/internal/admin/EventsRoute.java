package dev.sluice.server.internal.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.result.Result;
import dev.sluice.server.EventsView;

/**
 * {@code GET /_sluice/events?status=PENDING|DELIVERED|FAILED&after=ID&limit=N}: a JSON array of
 * outbox events, oldest first; page on with {@code after} set to the last id.
 */
final class EventsRoute {
  private final EventsView events;

  EventsRoute(EventsView events) {
    this.events = events;
  }

  HttpResponse handle(String rawQuery) {
    return switch (EventsQuery.parse(QueryParameters.parse(rawQuery))) {
      case Result.Err<EventsQuery> err ->
          AdminJson.error(err.failure().status(), err.failure().message());
      case Result.Ok<EventsQuery> ok -> {
        var list = AdminJson.MAPPER.createArrayNode();
        var query = ok.value();
        events.list(query.status(), query.after(), query.limit()).forEach(e -> list.add(json(e)));
        yield AdminJson.respond(200, list);
      }
    };
  }

  private static ObjectNode json(OutboxEvent event) {
    var node = AdminJson.MAPPER.createObjectNode();
    node.put("id", event.id());
    node.put("status", event.status().name());
    node.put("service", event.service());
    node.put("target", event.target());
    node.put("type", event.type());
    node.put("attempts", event.attempts());
    node.put("createdAt", String.valueOf(event.createdAt()));
    node.put(
        "nextAttemptAt", event.nextAttemptAt() == null ? null : event.nextAttemptAt().toString());
    node.put("lastError", event.lastError());
    node.set("payload", payload(event.payload()));
    return node;
  }

  /** The payload as JSON when it is JSON (as event payloads are), else as a string. */
  private static JsonNode payload(String payload) {
    if (payload == null) {
      return AdminJson.MAPPER.nullNode();
    }
    try {
      return AdminJson.MAPPER.readTree(payload);
    } catch (JsonProcessingException notJson) {
      return AdminJson.MAPPER.getNodeFactory().textNode(payload);
    }
  }
}
