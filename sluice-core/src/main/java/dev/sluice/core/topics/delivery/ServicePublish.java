package dev.sluice.core.topics.delivery;

import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.objects.NotificationSubjects;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.Published;
import dev.sluice.core.topics.TopicMessage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message another service sends to a topic (an S3 notification, a Lambda destination record or
 * dead-letter event): published with the event's JSON as the Message. A topic that no longer exists
 * has nobody to deliver to, so the event is acknowledged.
 */
final class ServicePublish {
  private static final Logger LOG = LoggerFactory.getLogger(ServicePublish.class);
  private final Function<PublishInput, Result<Published>> publish;

  ServicePublish(Function<PublishInput, Result<Published>> publish) {
    this.publish = publish;
  }

  Result<Void> deliver(OutboxEvent event) {
    var input = inputOf(event);
    var result = publish.apply(input);
    if (result.isOk()) {
      return Result.ok(null);
    }
    var failure = result.failure();
    if ("NotFound".equals(failure.code()) || failure.status() == 404) {
      LOG.warn("Event {} is for {}, which does not exist", event.id(), event.target());
      return Result.ok(null);
    }
    return Result.err(failure);
  }

  private static PublishInput inputOf(OutboxEvent event) {
    if (TopicMessage.TYPE.equals(event.type())) {
      var message = TopicMessage.fromJson(event.payload());
      return PublishInput.of(event.target(), message.message(), message.subject());
    }
    return PublishInput.of(
        event.target(), event.payload(), NotificationSubjects.forEventType(event.type()));
  }
}
