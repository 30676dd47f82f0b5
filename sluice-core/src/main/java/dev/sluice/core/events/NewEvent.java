package dev.sluice.core.events;

/**
 * An event to commit into the outbox together with the state change that caused it.
 *
 * @param service the consuming service ({@code lambda}, {@code sns}, {@code sqs}, ...), the key the
 *     dispatcher routes by
 * @param target the target's ARN (a function, a topic, a queue)
 * @param type what happened, e.g. {@code s3:ObjectCreated:Put}
 * @param payload the event's JSON as the consumer receives it (S3's exact notification JSON)
 */
public record NewEvent(String service, String target, String type, String payload) {}
