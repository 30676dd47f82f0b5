package dev.sluice.core.topics;

import dev.sluice.core.objects.NotificationTarget;
import dev.sluice.core.objects.NotificationTargets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers S3's check of TopicConfigurations: whether the topic exists (its attributes can be read).
 * Other kinds of target are not known here.
 */
public final class TopicTargets implements NotificationTargets {
  private final Supplier<TopicService> topics;

  public TopicTargets(Supplier<TopicService> topics) {
    this.topics = topics;
  }

  @Override
  public Optional<Boolean> exists(NotificationTarget kind, String arn) {
    return kind == NotificationTarget.TOPIC
        ? Optional.of(TopicArns.isTopic(arn) && topics.get().getTopicAttributes(arn).isOk())
        : Optional.empty();
  }
}
