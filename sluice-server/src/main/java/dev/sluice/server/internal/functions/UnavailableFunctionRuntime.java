package dev.sluice.server.internal.functions;

import dev.sluice.core.functions.FunctionRuntime;
import dev.sluice.core.functions.InstanceSpec;
import dev.sluice.core.functions.Invocation;
import dev.sluice.core.functions.InvocationOutcome;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in until {@code sluice-runtime} is wired: every invocation fails with errorType {@code
 * Runtime.Unavailable}, shaped as Lambda shapes a failed invocation.
 */
public final class UnavailableFunctionRuntime implements FunctionRuntime {
  public static final String ERROR_TYPE = "Runtime.Unavailable";

  @Override
  public InvocationOutcome invoke(InstanceSpec spec, Invocation invocation) {
    var payload =
        "{\"errorType\":\""
            + ERROR_TYPE
            + "\",\"errorMessage\":\"RequestId: "
            + invocation.requestId()
            + " Error: no function runtime is available for "
            + spec.runtime()
            + "\"}";
    var tail = invocation.tailLog() ? "START RequestId: " + invocation.requestId() + "\n" : null;
    return new InvocationOutcome.Failed(payload.getBytes(StandardCharsets.UTF_8), ERROR_TYPE, tail);
  }

  @Override
  public void retire(String functionName) {}

  @Override
  public void close() {}
}
