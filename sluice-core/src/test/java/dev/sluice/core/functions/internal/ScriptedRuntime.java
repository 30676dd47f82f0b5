package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.FunctionRuntime;
import dev.sluice.core.functions.InstanceSpec;
import dev.sluice.core.functions.Invocation;
import dev.sluice.core.functions.InvocationOutcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A test fixture: a runtime that answers every invocation with the outcome it is given. */
final class ScriptedRuntime implements FunctionRuntime {
  final List<InstanceSpec> specs = new ArrayList<>();
  final List<Invocation> invocations = new ArrayList<>();
  final List<String> retired = new ArrayList<>();
  volatile InvocationOutcome outcome = returning("{\"ok\":true}");

  static InvocationOutcome returning(String json) {
    return new InvocationOutcome.Returned(json.getBytes(StandardCharsets.UTF_8), null);
  }

  static InvocationOutcome failing(String errorType) {
    var payload = "{\"errorType\":\"" + errorType + "\",\"errorMessage\":\"boom\"}";
    return new InvocationOutcome.Failed(payload.getBytes(StandardCharsets.UTF_8), errorType, null);
  }

  @Override
  public synchronized InvocationOutcome invoke(InstanceSpec spec, Invocation invocation) {
    specs.add(spec);
    invocations.add(invocation);
    return outcome;
  }

  @Override
  public synchronized void retire(String functionName) {
    retired.add(functionName);
  }

  @Override
  public void close() {}
}
