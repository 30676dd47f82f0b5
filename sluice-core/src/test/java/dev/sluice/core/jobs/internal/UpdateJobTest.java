package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.ok;
import static dev.sluice.core.jobs.internal.Failures.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobsHarness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateJobTest {
  private final JobsHarness harness = new JobsHarness();

  @Test
  void replacesEveryFieldAndKeepsTheCreationTimeAndTags() {
    harness.create(
        job("orders")
            .description("old")
            .timeout(60)
            .maxRetries(2)
            .defaultArguments(Map.of("--a", "1"))
            .tags(Map.of("team", "data")));
    harness.clock.advance(Duration.ofHours(1));

    var answer =
        harness.service.updateJob(
            "orders", job("orders").description("new").workers("G.2X", 4).build());

    assertThat(ok(answer)).isEqualTo("orders");
    var job = ok(harness.service.getJob("orders"));
    assertThat(job.description()).isEqualTo("new");
    assertThat(job.defaultArguments()).isEmpty();
    assertThat(job.workerType()).isEqualTo("G.2X");
    assertThat(job.maxCapacity()).isEqualTo(8.0);
    assertThat(job.timeout()).as("the default again").isEqualTo(480);
    assertThat(job.maxRetries()).isZero();
    assertThat(job.createdOn()).isEqualTo(JobsHarness.START);
    assertThat(job.lastModifiedOn()).isEqualTo(JobsHarness.START.plus(Duration.ofHours(1)));
    assertThat(job.tags()).containsExactly(Map.entry("team", "data"));
  }

  @Test
  void theNameComesFromTheRequestNotTheUpdate() {
    harness.create(job("orders"));

    harness.service.updateJob("orders", job(null).description("renamed?").build());

    assertThat(ok(harness.service.getJob("orders")).description()).isEqualTo("renamed?");
  }

  @Test
  void anUnknownJobIsNotFound() {
    assertFailure(
        harness.service.updateJob("nope", job("nope").build()),
        "EntityNotFoundException",
        "Job with name: nope not found.");
    assertThat(harness.service.getJob("nope").isOk()).isFalse();
  }
}
