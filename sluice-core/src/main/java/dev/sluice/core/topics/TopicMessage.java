package dev.sluice.core.topics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.NewEvent;

/**
 * A message another service publishes to a topic with a subject of its own (Data Pipeline's
 * SnsAlarm): an outbox event of service {@code sns}, type {@value #TYPE}, target the topic ARN, its
 * payload this record as JSON.
 */
public record TopicMessage(String subject, String message) {
  public static final String TYPE = "sns:Publish";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The outbox event that publishes this message to {@code topicArn}. */
  public NewEvent toEvent(String topicArn) {
    try {
      return new NewEvent(TopicDelivery.SERVICE, topicArn, TYPE, JSON.writeValueAsString(this));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("two strings always serialise", e);
    }
  }

  /** The message an event of type {@value #TYPE} carries. */
  public static TopicMessage fromJson(String payload) {
    try {
      return JSON.readValue(payload, TopicMessage.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a topic message: " + e.getOriginalMessage(), e);
    }
  }
}
