package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.ok;
import static dev.sluice.core.jobs.internal.Failures.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobsHarness;
import org.junit.jupiter.api.Test;

class GetJobTest {
  private final JobsHarness harness = new JobsHarness();

  @Test
  void answersTheStoredJob() {
    harness.create(job("orders").description("nightly"));

    var job = ok(harness.service.getJob("orders"));

    assertThat(job.name()).isEqualTo("orders");
    assertThat(job.description()).isEqualTo("nightly");
    assertThat(job.role()).isEqualTo("arn:aws:iam::123456789012:role/GlueJobs");
  }

  @Test
  void anUnknownJobIsNotFound() {
    assertFailure(harness.service.getJob("nope"), "EntityNotFoundException", "Job not found.");
  }
}
