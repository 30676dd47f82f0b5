package dev.sluice.store.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.topics.FifoPublish;
import dev.sluice.core.topics.Positioned;
import dev.sluice.core.topics.Published;
import dev.sluice.core.topics.StoredSubscription;
import dev.sluice.core.topics.StoredTopic;
import dev.sluice.core.topics.Tag;
import dev.sluice.core.topics.TopicCatalog;
import dev.sluice.store.StoreFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TopicCatalog} does: topics, subscriptions, FIFO publishes with events. */
public abstract class TopicCatalogContract extends StoreFixture {
  static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:t.fifo";
  protected TopicCatalog catalog;

  @BeforeEach
  void catalog() {
    catalog = store.topics();
  }

  private static StoredTopic topic() {
    return new StoredTopic(
        TOPIC, true, Map.of("FifoTopic", "true"), List.of(new Tag("k", "v"), new Tag("a", "b")));
  }

  private static StoredSubscription subscription(String id) {
    return new StoredSubscription(
        TOPIC + ":" + id,
        TOPIC,
        "sqs",
        "arn:aws:sqs:us-east-1:123456789012:q" + id,
        "123456789012",
        true,
        null,
        Map.of("RawMessageDelivery", "true"));
  }

  private static NewEvent event(String payload) {
    return new NewEvent("sns", TOPIC + ":1", "Deliver", payload);
  }

  @Test
  void keepsATopicWithItsAttributesAndTagsInOrder() {
    assertThat(catalog.insertTopic(topic())).isTrue();
    assertThat(catalog.insertTopic(topic())).isFalse();
    reopen();
    assertThat(store.topics().topic(TOPIC)).contains(topic());
  }

  @Test
  void updatesAndDeletesATopicWithItsSubscriptions() {
    catalog.insertTopic(topic());
    catalog.insertSubscription(subscription("1"), List.of());
    assertThat(catalog.updateTopic(topic().withTags(List.of()))).isTrue();
    assertThat(catalog.topic(TOPIC).orElseThrow().tags()).isEmpty();
    catalog.deleteTopic(TOPIC);
    assertThat(catalog.topic(TOPIC)).isEmpty();
    assertThat(catalog.subscription(TOPIC + ":1")).isEmpty();
    assertThat(catalog.subscriptions(TOPIC)).isEmpty();
    assertThat(catalog.updateTopic(topic())).isFalse();
  }

  @Test
  void keepsSubscriptionsAndTheirEventsTogether() {
    catalog.insertTopic(topic());
    assertThat(catalog.insertSubscription(subscription("1"), List.of(event("confirm")))).isTrue();
    assertThat(catalog.subscriptions(TOPIC)).containsExactly(subscription("1"));
    assertThat(store.outbox().list(EventStatus.PENDING, 0, 10))
        .extracting(e -> e.payload())
        .containsExactly("confirm");
    assertThat(catalog.deleteSubscription(TOPIC + ":1", List.of(event("bye")))).isTrue();
    assertThat(catalog.deleteSubscription(TOPIC + ":1", List.of(event("again")))).isFalse();
    assertThat(store.outbox().list(EventStatus.PENDING, 0, 10)).hasSize(2);
  }

  @Test
  void refusesASubscriptionToAMissingTopic() {
    assertThat(catalog.insertSubscription(subscription("1"), List.of(event("x")))).isFalse();
    assertThat(store.outbox().list(EventStatus.PENDING, 0, 10)).isEmpty();
  }

  @Test
  void listsSubscriptionsByPosition() {
    catalog.insertTopic(topic());
    for (int i = 0; i < 5; i++) {
      catalog.insertSubscription(subscription("s" + i), List.of());
    }
    List<Positioned<StoredSubscription>> first = catalog.listSubscriptions(TOPIC, 0, 3);
    List<Positioned<StoredSubscription>> rest =
        catalog.listSubscriptions(null, first.getLast().position(), 3);
    assertThat(first)
        .extracting(p -> p.value().arn())
        .containsExactly(TOPIC + ":s0", TOPIC + ":s1", TOPIC + ":s2");
    assertThat(rest).extracting(p -> p.value().arn()).containsExactly(TOPIC + ":s3", TOPIC + ":s4");
  }

  @Test
  void deduplicatesFifoPublishesWithinTheWindow() {
    catalog.insertTopic(topic());
    Instant now = clock.now();
    Optional<Published> first =
        catalog.publishFifo(TOPIC, fifo("d", "m1", now), seq -> List.of(event(seq)));
    Optional<Published> duplicate =
        catalog.publishFifo(
            TOPIC, fifo("d", "m2", now.plusSeconds(299)), seq -> List.of(event(seq)));
    Optional<Published> later =
        catalog.publishFifo(
            TOPIC, fifo("d", "m3", now.plusSeconds(300)), seq -> List.of(event(seq)));
    assertThat(duplicate).isEqualTo(first);
    assertThat(later.orElseThrow().messageId()).isEqualTo("m3");
    assertThat(first.orElseThrow().sequenceNumber()).isEqualTo("10000000000000000001");
    assertThat(later.orElseThrow().sequenceNumber()).isEqualTo("10000000000000000002");
    assertThat(store.outbox().list(EventStatus.PENDING, 0, 10))
        .extracting(e -> e.payload())
        .containsExactly("10000000000000000001", "10000000000000000002");
  }

  @Test
  void answersNothingForAFifoPublishToAMissingTopic() {
    assertThat(catalog.publishFifo(TOPIC, fifo("d", "m", clock.now()), seq -> List.of())).isEmpty();
  }

  @Test
  void commitsThePublishedEvents() {
    catalog.publish(List.of(event("a"), event("b")));
    assertThat(store.outbox().list(EventStatus.PENDING, 0, 10)).hasSize(2);
  }

  private static FifoPublish fifo(String dedup, String messageId, Instant now) {
    return new FifoPublish(dedup, messageId, now, now.plus(Duration.ofMinutes(5)));
  }
}
