package dev.sluice.core.topics.filter;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MessageAttribute;
import java.util.Map;

/**
 * A subscription's FilterPolicy, parsed and checked as SNS checks it, and matched against messages.
 * CONTRACT: the topics-filter work replaces this body.
 */
public final class FilterPolicy {

  /** The subscription's FilterPolicyScope. */
  public enum Scope {
    MESSAGE_ATTRIBUTES,
    MESSAGE_BODY
  }

  private FilterPolicy() {}

  /**
   * Parses {@code json}; a policy SNS would refuse fails with {@code InvalidParameter} (400) and
   * SNS's message ({@code Invalid parameter: FilterPolicy: ...}).
   */
  public static Result<FilterPolicy> parse(String json, Scope scope) {
    throw new UnsupportedOperationException("filter policies are being written");
  }

  /** Whether a message with these attributes and this body passes the policy. */
  public boolean matches(Map<String, MessageAttribute> attributes, String message) {
    throw new UnsupportedOperationException("filter policies are being written");
  }
}
