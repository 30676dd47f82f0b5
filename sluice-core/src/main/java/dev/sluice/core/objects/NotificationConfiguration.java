package dev.sluice.core.objects;

import java.util.List;

/**
 * A bucket's notification configuration, in the order the client gave it.
 *
 * @param eventBridge whether {@code EventBridgeConfiguration} is present
 */
public record NotificationConfiguration(List<NotificationRule> rules, boolean eventBridge) {

  public NotificationConfiguration {
    rules = List.copyOf(rules);
  }

  public static NotificationConfiguration empty() {
    return new NotificationConfiguration(List.of(), false);
  }
}
