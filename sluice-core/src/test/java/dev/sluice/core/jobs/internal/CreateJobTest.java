package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.ok;
import static dev.sluice.core.jobs.internal.Failures.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobsHarness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateJobTest {
  private final JobsHarness harness = new JobsHarness();

  @Test
  void answersTheJobsName() {
    assertThat(harness.service.createJob(job("orders").build()).value()).isEqualTo("orders");
  }

  @Test
  void storesTheJobCreatedAndLastModifiedNow() {
    harness.clock.advance(Duration.ofMinutes(3));
    harness.create(job("orders").description("nightly orders").tags(Map.of("team", "data")));

    var stored = ok(harness.service.getJob("orders"));
    assertThat(stored.createdOn()).isEqualTo(JobsHarness.START.plus(Duration.ofMinutes(3)));
    assertThat(stored.lastModifiedOn()).isEqualTo(stored.createdOn());
    assertThat(stored.description()).isEqualTo("nightly orders");
    assertThat(stored.command().scriptLocation()).isEqualTo("s3://scripts/orders.py");
    assertThat(stored.tags()).containsExactly(Map.entry("team", "data"));
  }

  @Test
  void refusesASecondJobOfTheSameName() {
    harness.create(job("orders").description("first"));

    var second = harness.service.createJob(job("orders").description("second").build());

    assertFailure(second, "AlreadyExistsException", "orders already exists.");
    assertThat(ok(harness.service.getJob("orders")).description()).isEqualTo("first");
  }
}
