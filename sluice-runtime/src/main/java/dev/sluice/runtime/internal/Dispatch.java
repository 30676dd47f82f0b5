package dev.sluice.runtime.internal;

import dev.sluice.core.functions.Invocation;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One invocation on its way through an instance: handed out by {@code /next} (which fixes its
 * deadline, epoch milliseconds) and ended by whatever comes first.
 */
final class Dispatch {

  final Invocation invocation;
  final String functionArn;
  final Duration timeout;
  final String traceId;
  final CompletableFuture<Long> delivered = new CompletableFuture<>();
  final CompletableFuture<Ending> ending = new CompletableFuture<>();

  /** When {@code /next} handed it out (nanoTime), the start of its Duration. */
  volatile long deliveredAt;

  Dispatch(Invocation invocation, String functionArn, Duration timeout, String traceId) {
    this.invocation = invocation;
    this.functionArn = functionArn;
    this.timeout = timeout;
    this.traceId = traceId;
  }

  String requestId() {
    return invocation.requestId();
  }
}
