package dev.sluice.core.pipelines.definition;

import java.util.List;

/**
 * A rule over several fields of one object: {@code runsOn} or {@code workerGroup} (at least one),
 * {@code command} or {@code scriptUri} (exactly one), {@code occurrences} or {@code endDateTime}
 * (at most one).
 */
public record FieldGroup(Rule rule, List<String> keys) {

  public enum Rule {
    AT_LEAST_ONE,
    EXACTLY_ONE,
    AT_MOST_ONE
  }

  public FieldGroup {
    keys = List.copyOf(keys);
  }

  public static FieldGroup atLeastOne(String... keys) {
    return new FieldGroup(Rule.AT_LEAST_ONE, List.of(keys));
  }

  public static FieldGroup exactlyOne(String... keys) {
    return new FieldGroup(Rule.EXACTLY_ONE, List.of(keys));
  }

  public static FieldGroup atMostOne(String... keys) {
    return new FieldGroup(Rule.AT_MOST_ONE, List.of(keys));
  }
}
