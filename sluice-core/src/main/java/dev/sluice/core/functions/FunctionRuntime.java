package dev.sluice.core.functions;

/**
 * Where function code runs (implemented by {@code sluice-runtime}): instances of a function
 * version, each a separate process speaking the Lambda Runtime API, kept warm and reused. The
 * functions service decides what to run and when (concurrency, retries, destinations); the runtime
 * only runs it.
 */
public interface FunctionRuntime extends AutoCloseable {

  /**
   * Runs one invocation on a warm instance of {@code spec}, or a new one, and blocks until it ends:
   * the handler returned, failed, timed out ({@link InstanceSpec#timeout()}, the instance is then
   * killed) or its process died. Never throws for anything the function does.
   */
  InvocationOutcome invoke(InstanceSpec spec, Invocation invocation);

  /**
   * Stops the warm instances of every version of {@code functionName} (after its code or
   * configuration changed, or it was deleted); invocations in flight finish first.
   */
  void retire(String functionName);

  /** Stops every instance. */
  @Override
  void close();
}
