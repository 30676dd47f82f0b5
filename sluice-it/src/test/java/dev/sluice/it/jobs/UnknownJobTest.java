package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.it.support.GlueClients;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;

/**
 * A job (or run) that does not exist is an EntityNotFoundException of status 400 with a message,
 * whichever call names it: GetJob, UpdateJob, StartJobRun, GetJobRun, GetJobRuns.
 */
@ExtendWith(SharedJobs.class)
class UnknownJobTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void getJobOfAnUnknownJob() {
    assertNotFound(() -> jobs.glue.getJob(b -> b.jobName("unknown-job")), "Job not found.");
  }

  @Test
  void updateJobOfAnUnknownJob() {
    assertNotFound(
        () ->
            jobs.glue.updateJob(
                b ->
                    b.jobName("unknown-job")
                        .jobUpdate(
                            u ->
                                u.role(GlueClients.ROLE)
                                    .command(
                                        c ->
                                            c.name("pythonshell")
                                                .scriptLocation("s3://glue-scripts/x.py")))),
        "Job with name: unknown-job not found.");
  }

  @Test
  void startJobRunOfAnUnknownJob() {
    assertNotFound(
        () -> jobs.glue.startJobRun(b -> b.jobName("unknown-job")),
        "Failed to start job run due to missing metadata.");
  }

  @Test
  void getJobRunOfAnUnknownJob() {
    assertNotFound(() -> jobs.glue.getJobRun(b -> b.jobName("unknown-job").runId("jr_0123")), null);
  }

  @Test
  void getJobRunOfAnUnknownRunOfAKnownJob() {
    jobs.glue.createJob(
        b ->
            b.name("known-job")
                .role(GlueClients.ROLE)
                .command(c -> c.name("pythonshell").scriptLocation("s3://glue-scripts/x.py")));

    assertNotFound(() -> jobs.glue.getJobRun(b -> b.jobName("known-job").runId("jr_0123")), null);
  }

  @Test
  void getJobRunsOfAnUnknownJob() {
    assertNotFound(
        () -> jobs.glue.getJobRuns(b -> b.jobName("unknown-job")),
        "Job with name: unknown-job not found.");
  }

  /** The call fails with EntityNotFoundException, 400, and {@code message} (any, when null). */
  private static void assertNotFound(ThrowingCallable call, String message) {
    var error = catchThrowableOfType(EntityNotFoundException.class, call);
    assertThat(error).as("EntityNotFoundException").isNotNull();
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("EntityNotFoundException");
    var text = error.awsErrorDetails().errorMessage();
    assertThat(text).isNotBlank();
    if (message != null) {
      assertThat(text).isEqualTo(message);
    }
  }
}
