package dev.sluice.core.events;

import java.time.Duration;

/**
 * What a consumer wants after one of its deliveries failed: the dispatcher's own backoff and
 * attempt limit, a retry after a delay of its own choosing (SNS's delivery policies), or no further
 * attempt (the event stays listed as {@link EventStatus#FAILED}).
 */
public sealed interface RetryDecision {

  /** The dispatcher's exponential backoff, up to its attempt limit. */
  record Backoff() implements RetryDecision {}

  /** Try again after {@code delay}, whatever the dispatcher's attempt limit. */
  record After(Duration delay) implements RetryDecision {}

  /** Do not try again. */
  record GiveUp() implements RetryDecision {}

  static RetryDecision backoff() {
    return new Backoff();
  }

  static RetryDecision after(Duration delay) {
    return new After(delay);
  }

  static RetryDecision giveUp() {
    return new GiveUp();
  }
}
