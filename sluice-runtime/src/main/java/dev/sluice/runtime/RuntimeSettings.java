package dev.sluice.runtime;

import dev.sluice.core.logs.LogSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How {@link ProcessFunctionRuntime} runs functions.
 *
 * @param workDirectory where code, layers, bootstraps and the provided SDKs are unpacked, {@code
 *     <data-dir>/functions}
 * @param endpoint Sluice's endpoint URL for SDKs inside functions ({@code AWS_ENDPOINT_URL}), read
 *     at each instance start because the port is known only once the server listens
 * @param logSink where instances' output and the START/END/REPORT lines go
 * @param credentials handed to every instance
 * @param javaHome the JDK that runs Java functions
 * @param idleTimeout how long a warm instance waits for its next invocation before it is stopped
 * @param maxInstancesPerFunction how many instances of one function version run at once; further
 *     invocations wait for one to come free (at most the function's timeout)
 */
public record RuntimeSettings(
    Path workDirectory,
    Supplier<String> endpoint,
    LogSink logSink,
    FunctionCredentials credentials,
    Path javaHome,
    Duration idleTimeout,
    int maxInstancesPerFunction) {

  /** Lambda keeps idle instances for minutes; five is a middle ground for a local machine. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);

  /**
   * Twice the processors, at least 4: enough to overlap functions waiting on I/O, few enough that a
   * burst of events does not start a process per event.
   */
  public static final int DEFAULT_MAX_INSTANCES =
      Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

  public RuntimeSettings {
    if (maxInstancesPerFunction < 1) {
      throw new IllegalArgumentException("maxInstancesPerFunction must be at least 1");
    }
  }

  /** Settings with the default instance limit. */
  public RuntimeSettings(
      Path workDirectory,
      Supplier<String> endpoint,
      LogSink logSink,
      FunctionCredentials credentials,
      Path javaHome,
      Duration idleTimeout) {
    this(
        workDirectory,
        endpoint,
        logSink,
        credentials,
        javaHome,
        idleTimeout,
        DEFAULT_MAX_INSTANCES);
  }

  /** Settings with the default idle timeout. */
  public RuntimeSettings(
      Path workDirectory,
      Supplier<String> endpoint,
      LogSink logSink,
      FunctionCredentials credentials,
      Path javaHome) {
    this(workDirectory, endpoint, logSink, credentials, javaHome, DEFAULT_IDLE_TIMEOUT);
  }
}
