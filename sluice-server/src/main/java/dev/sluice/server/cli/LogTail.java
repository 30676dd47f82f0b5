package dev.sluice.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Prints a log group's events as {@code <ISO time> <message>} lines, read page by page with
 * FilterLogEvents. Read again, it prints only what it has not printed: it starts at the newest time
 * printed and skips the events of that time it printed already.
 */
final class LogTail {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonApiClient client;
  private final String group;
  private final String filterPattern;
  private final PrintWriter out;
  private long newest = Long.MIN_VALUE;
  private final Set<String> printedAtNewest = new HashSet<>();

  LogTail(JsonApiClient client, String group, String filterPattern, PrintWriter out) {
    this.client = client;
    this.group = group;
    this.filterPattern = filterPattern;
    this.out = out;
  }

  /**
   * Prints the events from {@code since} on (or from the newest printed) that were not printed yet;
   * the failure's reply when Sluice refuses.
   */
  Optional<JsonApiClient.Reply> print(Instant since) throws AdminClient.Unreachable {
    long start = Math.max(since.toEpochMilli(), newest);
    String token = null;
    do {
      var input = MAPPER.createObjectNode().put("logGroupName", group).put("startTime", start);
      if (filterPattern != null) {
        input.put("filterPattern", filterPattern);
      }
      if (token != null) {
        input.put("nextToken", token);
      }
      var reply = client.call("FilterLogEvents", input);
      if (!reply.ok()) {
        return Optional.of(reply);
      }
      reply.body().path("events").forEach(this::printOnce);
      token = reply.body().path("nextToken").asText(null);
    } while (token != null);
    out.flush();
    return Optional.empty();
  }

  private void printOnce(JsonNode event) {
    long time = event.path("timestamp").asLong();
    var id = event.path("eventId").asText();
    if (time < newest || (time == newest && !printedAtNewest.add(id))) {
      return;
    }
    if (time > newest) {
      newest = time;
      printedAtNewest.clear();
      printedAtNewest.add(id);
    }
    out.println(Instant.ofEpochMilli(time) + " " + stripLineEnd(event.path("message").asText()));
  }

  private static String stripLineEnd(String message) {
    var end = message.length();
    while (end > 0 && (message.charAt(end - 1) == '\n' || message.charAt(end - 1) == '\r')) {
      end--;
    }
    return message.substring(0, end);
  }
}
