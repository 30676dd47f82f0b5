package dev.sluice.core.topics.delivery;

import dev.sluice.core.events.EventOutbox;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MailTransport;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.Published;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What topic deliveries need.
 *
 * @param endpoint Sluice's own endpoint for the links in messages, e.g. {@code
 *     http://127.0.0.1:4566}
 * @param publish Publish, for messages other services send to topics
 * @param mailFrom the sender address of SNS's e-mails
 * @param maxAttempts attempts of a delivery that is not http/https (the dispatcher's limit) before
 *     it is dead-lettered or given up
 */
public record TopicDeliverySetup(
    EventOutbox outbox,
    WebhookClient webhooks,
    MailTransport mail,
    Function<PublishInput, Result<Published>> publish,
    Supplier<String> endpoint,
    Supplier<SigningKey> keys,
    Supplier<Instant> now,
    String mailFrom,
    int maxAttempts) {

  public static final String DEFAULT_MAIL_FROM = "no-reply@sns.sluice.local";
}
