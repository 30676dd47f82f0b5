package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobsHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeleteJobTest {
  private final JobsHarness harness = new JobsHarness();

  @Test
  void deletesTheJobAndItsRuns() {
    harness.create(job("orders"));
    var runId = harness.start("orders", Map.of());

    assertThat(ok(harness.service.deleteJob("orders"))).isEqualTo("orders");

    assertThat(harness.service.getJob("orders").isOk()).isFalse();
    assertThat(harness.catalog.findRun("orders", runId)).isEmpty();
  }

  @Test
  void answersTheNameAlsoWhenThereIsNoSuchJob() {
    assertThat(ok(harness.service.deleteJob("nope"))).isEqualTo("nope");
  }
}
