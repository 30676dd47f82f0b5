package dev.sluice.core.topics.filter;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.filter.internal.AttributeValues;
import dev.sluice.core.topics.filter.internal.BodyValues;
import dev.sluice.core.topics.filter.internal.PolicyMatcher;
import dev.sluice.core.topics.filter.internal.PolicyParser;
import java.util.Map;

/**
 * A subscription's FilterPolicy, parsed and checked as SNS checks it, and matched against messages.
 */
public final class FilterPolicy {

  /** The subscription's FilterPolicyScope. */
  public enum Scope {
    MESSAGE_ATTRIBUTES,
    MESSAGE_BODY
  }

  private final Scope scope;
  private final PolicyMatcher matcher;

  private FilterPolicy(Scope scope, PolicyMatcher matcher) {
    this.scope = scope;
    this.matcher = matcher;
  }

  /**
   * Parses {@code json}; a policy SNS would refuse fails with {@code InvalidParameter} (400) and
   * SNS's message ({@code Invalid parameter: FilterPolicy: ...}).
   */
  public static Result<FilterPolicy> parse(String json, Scope scope) {
    return new PolicyParser(scope == Scope.MESSAGE_BODY)
        .parse(json)
        .map(branches -> new FilterPolicy(scope, new PolicyMatcher(branches)));
  }

  /** Whether a message with these attributes and this body passes the policy. */
  public boolean matches(Map<String, MessageAttribute> attributes, String message) {
    if (matcher.acceptsAll()) {
      return true;
    }
    return switch (scope) {
      case MESSAGE_ATTRIBUTES -> matcher.matches(AttributeValues.of(attributes));
      case MESSAGE_BODY -> BodyValues.of(message).map(matcher::matches).orElse(false);
    };
  }
}
