package dev.sluice.core.topics.delivery;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventOutbox;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.events.RetryDecision;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicArns;
import dev.sluice.core.topics.TopicDelivery;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer of service {@code sns}: delivers each {@code Deliver} event by its protocol, and
 * publishes every other event (addressed to a topic) as a message to that topic. Functions and
 * queues get further outbox events; http/https, email and email-json are sent from here.
 */
public final class TopicDeliveries implements EventConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(TopicDeliveries.class);
  private static final Duration STORE_RETRY = Duration.ofSeconds(5);
  private final TopicDeliverySetup setup;
  private final Envelopes envelopes;
  private final HttpDelivery http;
  private final MailDelivery mail;
  private final ServicePublish publish;
  private final DeadLetters deadLetters;

  public TopicDeliveries(TopicDeliverySetup setup) {
    this.setup = setup;
    var urls = new SnsUrls(setup.endpoint());
    this.envelopes = new Envelopes(urls, setup.keys());
    this.http = new HttpDelivery(setup.webhooks(), envelopes);
    this.mail = new MailDelivery(setup.mail(), envelopes, urls, setup.mailFrom());
    this.publish = new ServicePublish(setup.publish());
    this.deadLetters = new DeadLetters(setup.outbox(), envelopes, setup.now());
  }

  @Override
  public String service() {
    return TopicDelivery.SERVICE;
  }

  @Override
  public Result<Void> deliver(OutboxEvent event) {
    if (!TopicDelivery.TYPE.equals(event.type())) {
      if (!TopicArns.isTopic(event.target())) {
        LOG.warn("Event {} is for {}, not a topic", event.id(), event.target());
        return Result.ok(null);
      }
      return publish.deliver(event);
    }
    var d = TopicDelivery.fromJson(event.payload());
    return switch (d.protocol()) {
      case "http", "https" -> http.deliver(d);
      case "email", "email-json" -> mail.deliver(d);
      case "lambda" -> forward(setup.outbox(), "lambda", "aws:sns", envelopes.lambdaEvent(d), d);
      case "sqs" ->
          forward(
              setup.outbox(),
              "sqs",
              d.kind(),
              d.rawMessageDelivery() ? d.message() : envelopes.json(d),
              d);
      default -> {
        LOG.warn("SNS cannot deliver to protocol {} here", d.protocol());
        yield Result.ok(null);
      }
    };
  }

  private Result<Void> forward(
      EventOutbox outbox, String service, String type, String payload, TopicDelivery d) {
    outbox.append(List.of(new NewEvent(service, d.endpoint(), type, payload)), setup.now().get());
    return Result.ok(null);
  }

  @Override
  public RetryDecision afterFailure(OutboxEvent event, Failure failure) {
    if (!TopicDelivery.TYPE.equals(event.type())) {
      return RetryDecision.backoff();
    }
    var d = TopicDelivery.fromJson(event.payload());
    var retry =
        switch (d.protocol()) {
          case "http", "https" -> httpRetry(d, event.attempts(), failure);
          default -> event.attempts() < setup.maxAttempts() ? RetryDecision.backoff() : null;
        };
    return retry != null ? retry : exhausted(d);
  }

  private static RetryDecision httpRetry(TopicDelivery d, int attempts, Failure failure) {
    if (HttpDelivery.CLIENT_ERROR.equals(failure.code())) {
      return null;
    }
    var policy = RetryPolicy.ofEffective(Policies.parse(d.deliveryPolicy()));
    return policy.delayBefore(attempts).map(RetryDecision::after).orElse(null);
  }

  private RetryDecision exhausted(TopicDelivery d) {
    if (!DeadLetters.applies(d)) {
      return RetryDecision.giveUp();
    }
    try {
      deadLetters.send(d);
      return RetryDecision.giveUp();
    } catch (RuntimeException e) {
      LOG.warn("The dead-letter copy of {} was not stored", d.messageId(), e);
      return RetryDecision.after(STORE_RETRY);
    }
  }
}
