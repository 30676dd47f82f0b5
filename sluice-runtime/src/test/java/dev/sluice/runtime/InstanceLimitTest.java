package dev.sluice.runtime;

import static dev.sluice.runtime.RuntimeFixture.spec;
import static dev.sluice.runtime.RuntimeFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A burst of invocations runs on at most the configured number of instances per function. */
class InstanceLimitTest {
  static RuntimeFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new RuntimeFixture(RuntimeSettings.DEFAULT_IDLE_TIMEOUT, 2);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void aBurstWaitsForTheLimitedInstancesInsteadOfStartingOnePerInvocation() throws Exception {
    var spec =
        spec(
            "nodejs20.x",
            "index.handler",
            FunctionZips.zip(Map.of("index.js", InstancePoolingTest.HANDLER)),
            Duration.ofSeconds(20));
    Callable<String> slow = () -> text(fixture.invoke(spec, "{\"sleep\":200}"));
    var pids = new ArrayList<String>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      var futures = new ArrayList<Future<String>>();
      for (int i = 0; i < 6; i++) {
        futures.add(executor.submit(slow));
      }
      for (var future : futures) {
        pids.add(future.get());
      }
    }

    assertThat(pids).hasSize(6);
    assertThat(pids.stream().distinct()).hasSize(2);
  }
}
