package dev.sluice.core.functions;

/** What an Invoke call answers. */
public sealed interface InvokeResult {

  /** A synchronous invocation ran on {@code executedVersion}. */
  record Completed(InvocationOutcome outcome, String executedVersion) implements InvokeResult {}

  /** An asynchronous invocation was queued durably (202). */
  record Queued(String executedVersion) implements InvokeResult {}

  /** DryRun: the caller may invoke the function (204). */
  record Permitted(String executedVersion) implements InvokeResult {}
}
