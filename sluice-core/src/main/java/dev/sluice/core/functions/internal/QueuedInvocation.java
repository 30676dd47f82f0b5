package dev.sluice.core.functions.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.OutboxEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * An outbox event for service {@code lambda} read back: Invoke-Event entries ({@code Invoke},
 * carrying the request id, qualifier and base64 payload) and every other type (S3 notifications,
 * destination records), whose payload is the event itself.
 *
 * @param qualifier from the target ARN or the entry, or null
 */
record QueuedInvocation(String functionName, String qualifier, String requestId, byte[] payload) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static QueuedInvocation of(OutboxEvent event) {
    var target = event.target().split(":");
    var name = target.length >= 7 ? target[6] : event.target();
    var qualifier = target.length >= 8 ? target[7] : null;
    if (!"Invoke".equals(event.type())) {
      return new QueuedInvocation(
          name,
          qualifier,
          UUID.nameUUIDFromBytes(("outbox-" + event.id()).getBytes(StandardCharsets.UTF_8))
              .toString(),
          event.payload().getBytes(StandardCharsets.UTF_8));
    }
    try {
      var entry = JSON.readTree(event.payload());
      var entryQualifier =
          entry.path("qualifier").isTextual() ? entry.get("qualifier").asText() : null;
      return new QueuedInvocation(
          name,
          qualifier != null ? qualifier : entryQualifier,
          entry.path("requestId").asText(),
          Base64.getDecoder().decode(entry.path("payload").asText()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An Invoke entry is not JSON: " + event.payload(), e);
    }
  }
}
