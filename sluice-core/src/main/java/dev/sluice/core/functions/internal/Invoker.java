package dev.sluice.core.functions.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.EventSignal;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionCatalog;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.FunctionRuntime;
import dev.sluice.core.functions.Invocation;
import dev.sluice.core.functions.InvocationType;
import dev.sluice.core.functions.InvokeInput;
import dev.sluice.core.functions.InvokeResult;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Invoke: checks the payload, resolves the version, then runs, queues or only checks it. */
final class Invoker {
  static final int SYNC_LIMIT = 6 * 1024 * 1024;
  static final int ASYNC_LIMIT = 256 * 1024;
  static final byte[] EMPTY_EVENT = "{}".getBytes(StandardCharsets.UTF_8);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FunctionCatalog catalog;
  private final Mutations mutations;
  private final FunctionRuntime runtime;
  private final InstanceSpecs specs;
  private final ConcurrencyGate gate;
  private final EventSignal signal;

  Invoker(
      FunctionCatalog catalog,
      Mutations mutations,
      FunctionRuntime runtime,
      InstanceSpecs specs,
      ConcurrencyGate gate,
      EventSignal signal) {
    this.catalog = catalog;
    this.mutations = mutations;
    this.runtime = runtime;
    this.specs = specs;
    this.gate = gate;
    this.signal = signal;
  }

  Result<InvokeResult> invoke(FunctionCaller caller, InvokeInput input) {
    var payload = input.payload() == null ? new byte[0] : input.payload();
    int limit = input.type() == InvocationType.EVENT ? ASYNC_LIMIT : SYNC_LIMIT;
    if (payload.length > limit) {
      return Result.err(LambdaFailures.tooLarge(limit));
    }
    var parsed = FunctionRef.parse(input.functionName(), input.qualifier());
    if (!parsed.isOk()) {
      return Result.err(parsed.failure());
    }
    var ref = parsed.value();
    var function = mutations.read(caller, ref);
    if (!function.isOk()) {
      return Result.err(function.failure());
    }
    var config = Versions.resolve(caller, function.value(), ref.qualifier());
    if (!config.isOk()) {
      return Result.err(config.failure());
    }
    var invalid = invalidJson(payload);
    if (invalid != null) {
      return Result.err(invalid);
    }
    var event = payload.length == 0 ? EMPTY_EVENT : payload;
    return switch (input.type()) {
      case DRY_RUN -> Result.ok(new InvokeResult.Permitted(config.value().version()));
      case EVENT -> queue(function.value(), ref, input.requestId(), event, config.value());
      case REQUEST_RESPONSE -> run(function.value(), ref, config.value(), input, event);
    };
  }

  private Result<InvokeResult> run(
      FunctionRecord function,
      FunctionRef ref,
      FunctionConfig config,
      InvokeInput input,
      byte[] event) {
    if (!gate.enter(function.name(), function.reservedConcurrency())) {
      return Result.err(LambdaFailures.throttled());
    }
    try {
      var outcome =
          runtime.invoke(
              specs.of(function, config),
              new Invocation(
                  input.requestId(),
                  event,
                  input.clientContext(),
                  input.tailLog(),
                  invokedArn(function, ref)));
      return Result.ok(new InvokeResult.Completed(outcome, config.version()));
    } finally {
      gate.leave(function.name());
    }
  }

  private Result<InvokeResult> queue(
      FunctionRecord function,
      FunctionRef ref,
      String requestId,
      byte[] event,
      FunctionConfig config) {
    var entry = JSON.createObjectNode();
    entry.put("requestId", requestId);
    entry.put("qualifier", ref.qualifier());
    entry.put("payload", Base64.getEncoder().encodeToString(event));
    var target = invokedArn(function, ref);
    catalog.append(
        List.of(new NewEvent(AsyncInvocations.SERVICE, target, "Invoke", entry.toString())));
    signal.eventsCommitted();
    return Result.ok(new InvokeResult.Queued(config.version()));
  }

  /** The ARN the caller named: unqualified, or qualified by its version or alias. */
  private static String invokedArn(FunctionRecord function, FunctionRef ref) {
    return ref.qualifier() == null ? function.arn() : function.arn() + ":" + ref.qualifier();
  }

  private static dev.sluice.core.result.Failure invalidJson(byte[] payload) {
    if (payload.length == 0) {
      return null;
    }
    try (var parser = JSON.createParser(payload)) {
      while (parser.nextToken() != null) {
        // reading every token validates the whole document
      }
      return null;
    } catch (JsonProcessingException e) {
      return LambdaFailures.of(
          "InvalidRequestContentException",
          400,
          "Could not parse request body into json: Could not parse payload into json: "
              + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
