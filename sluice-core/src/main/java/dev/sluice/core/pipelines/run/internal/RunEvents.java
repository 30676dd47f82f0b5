package dev.sluice.core.pipelines.run.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.pipelines.ScheduledEvent;
import java.time.Instant;

/** The runner's outbox events, addressed to the pipeline, with JSON payloads. */
public final class RunEvents {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private RunEvents() {}

  public static ScheduledEvent advance(String pipelineId, Wake wake, Instant due) {
    return event(pipelineId, PipelineEvents.ADVANCE, wake, due);
  }

  public static ScheduledEvent runAttempt(String pipelineId, AttemptTicket ticket, Instant due) {
    return event(pipelineId, PipelineEvents.RUN_ATTEMPT, ticket, due);
  }

  public static Wake wake(String payload) {
    return read(payload, Wake.class);
  }

  public static AttemptTicket ticket(String payload) {
    return read(payload, AttemptTicket.class);
  }

  private static ScheduledEvent event(String pipelineId, String type, Object payload, Instant due) {
    try {
      var event =
          new NewEvent(PipelineEvents.SERVICE, pipelineId, type, JSON.writeValueAsString(payload));
      return new ScheduledEvent(event, due);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a payload record always serialises", e);
    }
  }

  private static <T> T read(String payload, Class<T> type) {
    try {
      return JSON.readValue(payload, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + payload, e);
    }
  }
}
