package dev.sluice.core.functions.internal;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventSignal;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.functions.EventInvokeConfig;
import dev.sluice.core.functions.FunctionArns;
import dev.sluice.core.functions.FunctionCatalog;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.FunctionRuntime;
import dev.sluice.core.functions.Invocation;
import dev.sluice.core.functions.InvocationOutcome;
import dev.sluice.core.functions.StoredFunction;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the asynchronous invocations of service {@code lambda} (Invoke with InvocationType Event, S3
 * notifications, destination records): applies the event invoke config (retries counted by the
 * outbox's attempts, maximum event age from its creation), then sends the record to the OnSuccess
 * or OnFailure destination and the event to the dead-letter target. A failed attempt with retries
 * left answers an error, so the dispatcher retries it with backoff. An event throttled by reserved
 * concurrency waits for a slot (queued, as Lambda queues it) instead of failing its attempt; only
 * when none comes free within {@link #THROTTLED_PATIENCE} (or reserved concurrency is 0) does the
 * attempt fail, and then it is counted like any other.
 */
public final class AsyncInvocations implements EventConsumer {
  public static final String SERVICE = "lambda";
  private static final Logger log = LoggerFactory.getLogger(AsyncInvocations.class);

  /** How long a throttled event waits for a slot; below the dispatcher's 30 s lease. */
  static final Duration THROTTLED_PATIENCE = Duration.ofSeconds(15);

  private final FunctionCatalog catalog;
  private final FunctionRuntime runtime;
  private final InstanceSpecs specs;
  private final ConcurrencyGate gate;
  private final Clock clock;
  private final EventSignal signal;

  AsyncInvocations(
      FunctionCatalog catalog,
      FunctionRuntime runtime,
      InstanceSpecs specs,
      ConcurrencyGate gate,
      Clock clock,
      EventSignal signal) {
    this.catalog = catalog;
    this.runtime = runtime;
    this.specs = specs;
    this.gate = gate;
    this.clock = clock;
    this.signal = signal;
  }

  @Override
  public String service() {
    return SERVICE;
  }

  @Override
  public Result<Void> deliver(OutboxEvent event) {
    var invocation = QueuedInvocation.of(event);
    var stored = catalog.find(invocation.functionName());
    if (stored.isEmpty()) {
      log.warn("Dropped event {}: function {} does not exist", event.id(), event.target());
      return Result.ok(null);
    }
    var function = stored.get().function();
    var config = resolve(function, invocation.qualifier());
    if (config == null) {
      log.warn("Dropped event {}: {} does not exist", event.id(), event.target());
      return Result.ok(null);
    }
    var invokeConfig = eventInvokeConfig(function, invocation.qualifier());
    var age = Duration.between(event.createdAt(), clock.now());
    if (age.getSeconds() >= invokeConfig.maxAgeSeconds()) {
      return finish(
          stored.get(), invocation, config, invokeConfig, event, null, "EventAgeExceeded");
    }
    if (!enterQueued(function)) {
      return Result.err(Failure.of("TooManyRequestsException", 429, "Reserved concurrency"));
    }
    InvocationOutcome outcome;
    try {
      outcome =
          runtime.invoke(
              specs.of(function, config),
              new Invocation(
                  invocation.requestId(),
                  invocation.payload(),
                  null,
                  false,
                  event.target().startsWith("arn:") ? event.target() : null));
    } finally {
      gate.leave(function.name());
    }
    if (outcome instanceof InvocationOutcome.Returned) {
      return finish(stored.get(), invocation, config, invokeConfig, event, outcome, "Success");
    }
    if (event.attempts() <= invokeConfig.retries()) {
      return Result.err(
          Failure.of("Unhandled", 500, ((InvocationOutcome.Failed) outcome).errorType()));
    }
    return finish(
        stored.get(), invocation, config, invokeConfig, event, outcome, "RetriesExhausted");
  }

  /**
   * Waits for a free slot of the function's reserved concurrency rather than failing the attempt:
   * the outbox counts every attempt, and a throttled one must not use up the event's retries.
   */
  private boolean enterQueued(FunctionRecord function) {
    try {
      return gate.await(function.name(), function.reservedConcurrency(), THROTTLED_PATIENCE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Result<Void> finish(
      StoredFunction stored,
      QueuedInvocation invocation,
      FunctionConfig config,
      EventInvokeConfig invokeConfig,
      OutboxEvent event,
      InvocationOutcome outcome,
      String condition) {
    var function = stored.function();
    var functionArn = FunctionArns.qualified(function, config.version());
    var events = new ArrayList<NewEvent>();
    var destination =
        "Success".equals(condition) ? invokeConfig.onSuccess() : invokeConfig.onFailure();
    if (destination != null) {
      events.add(
          DestinationRecords.destination(
              destination,
              clock.now(),
              invocation,
              functionArn,
              condition,
              event.attempts(),
              config.version(),
              outcome));
    }
    if (!"Success".equals(condition) && config.deadLetterTargetArn() != null) {
      events.add(DestinationRecords.deadLetter(config.deadLetterTargetArn(), invocation));
    }
    if (!events.isEmpty()) {
      catalog.append(List.copyOf(events));
      signal.eventsCommitted();
    }
    return Result.ok(null);
  }

  private static FunctionConfig resolve(FunctionRecord function, String qualifier) {
    if (qualifier == null) {
      return function.latest();
    }
    var version = function.alias(qualifier).map(a -> a.functionVersion()).orElse(qualifier);
    return function.version(version).orElse(null);
  }

  private static EventInvokeConfig eventInvokeConfig(FunctionRecord function, String qualifier) {
    var key = qualifier == null ? FunctionArns.LATEST : qualifier;
    return function
        .eventInvokeConfig(key)
        .orElse(new EventInvokeConfig(key, null, null, null, null, 0));
  }
}
