package dev.sluice.runtime;

import dev.sluice.core.functions.CodeBundle;
import dev.sluice.core.functions.InstanceSpec;
import dev.sluice.core.functions.Invocation;
import dev.sluice.core.functions.InvocationOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ProcessFunctionRuntime} for tests, with a work directory shared by all test classes (so
 * the provided SDK is installed once) and a recording log sink.
 */
final class RuntimeFixture implements AutoCloseable {

  static final Path WORK = Path.of("target", "runtime-work").toAbsolutePath();

  private static final AtomicInteger NAMES = new AtomicInteger();

  final RecordingLogSink logs = new RecordingLogSink();
  final ProcessFunctionRuntime runtime;
  volatile String endpoint = "http://127.0.0.1:4566";

  RuntimeFixture() {
    this(RuntimeSettings.DEFAULT_IDLE_TIMEOUT);
  }

  RuntimeFixture(Duration idleTimeout) {
    this(idleTimeout, RuntimeSettings.DEFAULT_MAX_INSTANCES);
  }

  RuntimeFixture(Duration idleTimeout, int maxInstances) {
    var credentials = new FunctionCredentials("AKIDTEST", "secret-test", "token-test");
    var javaHome = Path.of(System.getProperty("java.home"));
    runtime =
        new ProcessFunctionRuntime(
            new RuntimeSettings(
                WORK, () -> endpoint, logs, credentials, javaHome, idleTimeout, maxInstances));
  }

  static String uniqueName(String prefix) {
    return prefix + "-" + ProcessHandle.current().pid() + "-" + NAMES.incrementAndGet();
  }

  static InstanceSpec spec(String runtime, String handler, CodeBundle code, Duration timeout) {
    return spec(runtime, handler, code, timeout, Map.of());
  }

  static InstanceSpec spec(
      String runtime,
      String handler,
      CodeBundle code,
      Duration timeout,
      Map<String, String> environment) {
    return spec(runtime, handler, code, timeout, environment, List.of());
  }

  static InstanceSpec spec(
      String runtime,
      String handler,
      CodeBundle code,
      Duration timeout,
      Map<String, String> environment,
      List<CodeBundle> layers) {
    var name = uniqueName("fn");
    return new InstanceSpec(
        name,
        "arn:aws:lambda:eu-west-1:000000000000:function:" + name + ":$LATEST",
        "$LATEST",
        runtime,
        handler,
        256,
        timeout,
        environment,
        code,
        layers,
        "/aws/lambda/" + name,
        "eu-west-1",
        "000000000000");
  }

  InvocationOutcome invoke(InstanceSpec spec, String payload) {
    return invoke(spec, payload, false);
  }

  InvocationOutcome invoke(InstanceSpec spec, String payload, boolean tail) {
    var invocation =
        new Invocation(
            UUID.randomUUID().toString(), payload.getBytes(StandardCharsets.UTF_8), null, tail);
    return runtime.invoke(spec, invocation);
  }

  static String text(InvocationOutcome outcome) {
    return switch (outcome) {
      case InvocationOutcome.Returned returned ->
          new String(returned.payload(), StandardCharsets.UTF_8);
      case InvocationOutcome.Failed failed -> new String(failed.payload(), StandardCharsets.UTF_8);
    };
  }

  @Override
  public void close() {
    runtime.close();
  }
}
