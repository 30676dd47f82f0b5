package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.EventInvokeConfig;
import dev.sluice.core.functions.EventInvokeConfigInput;
import dev.sluice.core.functions.EventInvokeConfigView;
import dev.sluice.core.functions.FunctionArns;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.Page;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;

/** Put/Update/Get/Delete/ListFunctionEventInvokeConfig(s). */
final class EventInvokeConfigOperations {
  private final Mutations mutations;
  private final Clock clock;

  EventInvokeConfigOperations(Mutations mutations, Clock clock) {
    this.mutations = mutations;
    this.clock = clock;
  }

  Result<EventInvokeConfigView> put(
      FunctionCaller caller, EventInvokeConfigInput input, boolean merge) {
    var broken = check(input);
    if (broken.isPresent()) {
      return Result.err(broken.get());
    }
    return mutations.apply(
        caller,
        input.functionName(),
        input.qualifier(),
        (ref, function) -> {
          var qualifier = qualifierOf(ref);
          var resolved = Versions.resolve(caller, function, ref.qualifier());
          if (!resolved.isOk()) {
            return Result.err(resolved.failure());
          }
          var old = function.eventInvokeConfig(qualifier);
          if (merge && old.isEmpty()) {
            return Result.err(missing(function, qualifier));
          }
          var config = merge ? merged(old.get(), input) : fresh(qualifier, input);
          var configs = new ArrayList<>(function.eventInvokeConfigs());
          configs.removeIf(c -> c.qualifier().equals(qualifier));
          configs.add(config);
          return Result.ok(
              Change.of(function.withEventInvokeConfigs(configs), view(function, config)));
        });
  }

  Result<EventInvokeConfigView> get(FunctionCaller caller, String functionName, String qualifier) {
    return mutations.read(
        caller,
        functionName,
        qualifier,
        (ref, function) -> {
          var q = qualifierOf(ref);
          return function
              .eventInvokeConfig(q)
              .<Result<EventInvokeConfigView>>map(c -> Result.ok(view(function, c)))
              .orElseGet(() -> Result.err(missing(function, q)));
        });
  }

  Result<Void> delete(FunctionCaller caller, String functionName, String qualifier) {
    return mutations.apply(
        caller,
        functionName,
        qualifier,
        (ref, function) -> {
          var q = qualifierOf(ref);
          if (function.eventInvokeConfig(q).isEmpty()) {
            return Result.err(missing(function, q));
          }
          var configs =
              function.eventInvokeConfigs().stream().filter(c -> !c.qualifier().equals(q)).toList();
          return Result.ok(Change.<Void>of(function.withEventInvokeConfigs(configs), null));
        });
  }

  Result<Page<EventInvokeConfigView>> list(
      FunctionCaller caller, String functionName, String marker, Integer maxItems) {
    return mutations
        .read(caller, functionName)
        .map(
            function ->
                Paging.page(
                    function.eventInvokeConfigs().stream()
                        .sorted(Comparator.comparing(EventInvokeConfig::qualifier))
                        .map(c -> view(function, c))
                        .toList(),
                    v -> v.config().qualifier(),
                    marker,
                    maxItems));
  }

  private static Optional<Failure> check(EventInvokeConfigInput input) {
    return ConfigurationRules.range(input.maximumRetryAttempts(), "maximumRetryAttempts", 0, 2)
        .or(
            () ->
                ConfigurationRules.range(
                    input.maximumEventAgeInSeconds(), "maximumEventAgeInSeconds", 60, 21600));
  }

  private EventInvokeConfig fresh(String qualifier, EventInvokeConfigInput input) {
    return new EventInvokeConfig(
        qualifier,
        input.maximumRetryAttempts(),
        input.maximumEventAgeInSeconds(),
        input.onSuccess(),
        input.onFailure(),
        clock.now().toEpochMilli());
  }

  private EventInvokeConfig merged(EventInvokeConfig old, EventInvokeConfigInput input) {
    return new EventInvokeConfig(
        old.qualifier(),
        input.maximumRetryAttempts() == null
            ? old.maximumRetryAttempts()
            : input.maximumRetryAttempts(),
        input.maximumEventAgeInSeconds() == null
            ? old.maximumEventAgeInSeconds()
            : input.maximumEventAgeInSeconds(),
        input.onSuccess() == null ? old.onSuccess() : input.onSuccess(),
        input.onFailure() == null ? old.onFailure() : input.onFailure(),
        clock.now().toEpochMilli());
  }

  private static String qualifierOf(FunctionRef ref) {
    return ref.qualifier() == null ? FunctionArns.LATEST : ref.qualifier();
  }

  private static Failure missing(FunctionRecord function, String qualifier) {
    return LambdaFailures.notFound(
        "The function "
            + FunctionArns.qualified(function, qualifier)
            + " doesn't have an EventInvokeConfig");
  }

  static EventInvokeConfigView view(FunctionRecord function, EventInvokeConfig config) {
    return new EventInvokeConfigView(FunctionArns.qualified(function, config.qualifier()), config);
  }
}
