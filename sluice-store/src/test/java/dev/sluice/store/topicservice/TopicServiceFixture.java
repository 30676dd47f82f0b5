package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.CreateTopicInput;
import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.TopicDelivery;
import dev.sluice.core.topics.TopicService;
import dev.sluice.core.topics.internal.CatalogTopicService;
import dev.sluice.store.StoreFixture;
import dev.sluice.store.StoreSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/** The topic service on a fresh embedded (H2) store, counting the signals it gives. */
abstract class TopicServiceFixture extends StoreFixture {
  static final String REGION = "us-east-1";
  static final String ACCOUNT = "123456789012";
  static final String PREFIX = "arn:aws:sns:us-east-1:123456789012:";
  static final String QUEUE = "arn:aws:sqs:us-east-1:123456789012:";

  protected final AtomicInteger signals = new AtomicInteger();
  protected TopicService service;

  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }

  @BeforeEach
  void service() {
    service = new CatalogTopicService(store.topics(), clock, signals::incrementAndGet);
  }

  String topic(String name) {
    return topic(name, Map.of());
  }

  String topic(String name, Map<String, String> attributes) {
    return ok(
        service.createTopic(
            new CreateTopicInput(REGION, ACCOUNT, name, attributes, List.of(), null)));
  }

  String subscribe(String topicArn, String protocol, String endpoint) {
    return ok(service.subscribe(new SubscribeInput(topicArn, protocol, endpoint, Map.of(), true)));
  }

  /** The deliveries committed to the outbox so far, oldest first. */
  List<TopicDelivery> deliveries() {
    return store.outbox().list(EventStatus.PENDING, 0, 10_000).stream()
        .filter(e -> e.service().equals(TopicDelivery.SERVICE))
        .map(OutboxEvent::payload)
        .map(TopicDelivery::fromJson)
        .toList();
  }

  static <T> T ok(Result<T> result) {
    assertThat(result.isOk()).as("%s", result).isTrue();
    return result.value();
  }

  /** Asserts the failure's code, status and message. */
  static void fails(Result<?> result, String code, int status, String message) {
    assertThat(result.isOk()).as("%s", result).isFalse();
    assertThat(result.failure().code()).isEqualTo(code);
    assertThat(result.failure().status()).isEqualTo(status);
    assertThat(result.failure().message()).isEqualTo(message);
  }
}
