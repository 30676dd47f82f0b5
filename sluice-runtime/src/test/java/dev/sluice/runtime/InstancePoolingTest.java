package dev.sluice.runtime;

import static dev.sluice.runtime.RuntimeFixture.spec;
import static dev.sluice.runtime.RuntimeFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One invocation at a time per instance, more instances on demand, idle ones stopped. */
class InstancePoolingTest {

  static RuntimeFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new RuntimeFixture(Duration.ofMillis(600));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  static final String HANDLER =
      """
      exports.handler = async (event) => {
        await new Promise(r => setTimeout(r, event.sleep || 0));
        return process.pid;
      };
      """;

  @Test
  void runsConcurrentInvocationsOnSeparateInstances() throws Exception {
    var spec =
        spec(
            "nodejs20.x",
            "index.handler",
            FunctionZips.zip(Map.of("index.js", HANDLER)),
            Duration.ofSeconds(10));
    Callable<String> slow = () -> text(fixture.invoke(spec, "{\"sleep\":400}"));
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      var pids = executor.invokeAll(List.of(slow, slow, slow));
      var distinct = pids.stream().map(this::get).distinct().toList();
      assertThat(distinct).hasSize(3);
    }
  }

  @Test
  void stopsAnInstanceThatStayedIdleLongerThanTheIdleTimeout() throws Exception {
    var spec =
        spec(
            "nodejs20.x",
            "index.handler",
            FunctionZips.zip(Map.of("index.js", HANDLER)),
            Duration.ofSeconds(10));
    var pid = Long.parseLong(text(fixture.invoke(spec, "{}")));
    assertThat(ProcessHandle.of(pid)).isPresent();

    var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }

    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(Long.parseLong(text(fixture.invoke(spec, "{}")))).isNotEqualTo(pid);
  }

  private String get(java.util.concurrent.Future<String> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
