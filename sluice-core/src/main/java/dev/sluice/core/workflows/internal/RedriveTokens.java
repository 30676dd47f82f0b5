package dev.sluice.core.workflows.internal;

import dev.sluice.core.workflows.ExecutionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The client tokens that redrove executions, as RedriveExecution's idempotency needs them: an
 * execution's last 10, each answered again for 15 minutes after its redrive. Kept in this node's
 * memory: a retry through another node (or after a restart) redrives again or is refused.
 */
final class RedriveTokens {
  private static final int KEPT = 10;
  private static final Duration VALID = Duration.ofMinutes(15);

  private final Map<String, Deque<Used>> byExecution = new HashMap<>();

  /** The record {@code token} redrove {@code executionArn} to, if it did so lately. */
  synchronized Optional<ExecutionRecord> answered(String executionArn, String token, Instant now) {
    if (token == null) {
      return Optional.empty();
    }
    return byExecution.getOrDefault(executionArn, new ArrayDeque<>()).stream()
        .filter(used -> used.token.equals(token) && valid(used, now))
        .map(Used::redriven)
        .findFirst();
  }

  /** Remembers that {@code token} redrove the execution to {@code redriven}. */
  synchronized void remember(
      String executionArn, String token, ExecutionRecord redriven, Instant now) {
    byExecution.values().removeIf(tokens -> tokens.stream().noneMatch(used -> valid(used, now)));
    if (token == null) {
      return;
    }
    Deque<Used> tokens = byExecution.computeIfAbsent(executionArn, arn -> new ArrayDeque<>());
    tokens.addFirst(new Used(token, now, redriven));
    while (tokens.size() > KEPT) {
      tokens.removeLast();
    }
  }

  private static boolean valid(Used used, Instant now) {
    return now.isBefore(used.at.plus(VALID));
  }

  private record Used(String token, Instant at, ExecutionRecord redriven) {}
}
