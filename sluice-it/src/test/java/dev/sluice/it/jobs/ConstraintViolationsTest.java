package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.it.support.GlueClients;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.ValidationException;

/**
 * A request that breaks Glue's model (a name over 255 characters, a WorkerType not in the enum, a
 * Timeout or MaxResults under 1, more than 25 run ids) is a 400 ValidationException counting its
 * problems, {@code N validation error(s) detected: Value 'v' at 'member' failed to satisfy
 * constraint: ...}, and changes nothing.
 */
@ExtendWith(SharedJobs.class)
class ConstraintViolationsTest {
  static final String LONG_NAME = "n".repeat(256);
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void aNameLongerThan255Characters() {
    assertInvalid(
        () -> create(b -> b.name(LONG_NAME)),
        "1 validation error detected: Value '"
            + LONG_NAME
            + "' at 'name' failed to satisfy constraint: Member must have length less than or"
            + " equal to 255");
    assertThat(jobs.glue.listJobsPaginator(b -> {}).jobNames()).doesNotContain(LONG_NAME);
  }

  @Test
  void aWorkerTypeOutsideTheEnum() {
    assertInvalid(
        () -> create(b -> b.name("bad-worker").workerType("G.9X").numberOfWorkers(2)),
        "1 validation error detected: Value 'G.9X' at 'workerType' failed to satisfy constraint:"
            + " Member must satisfy enum value set: [Standard, G.1X, G.2X, G.025X, G.4X, G.8X,"
            + " Z.2X]");
    assertNoJob("bad-worker");
  }

  @Test
  void aTimeoutOfZero() {
    assertInvalid(
        () -> create(b -> b.name("zero-timeout").timeout(0)),
        "1 validation error detected: Value '0' at 'timeout' failed to satisfy constraint: Member"
            + " must have value greater than or equal to 1");
    assertNoJob("zero-timeout");
  }

  @Test
  void twoProblemsAreCountedAndJoined() {
    assertInvalid(
        () -> create(b -> b.name(LONG_NAME).timeout(0)),
        "2 validation errors detected: Value '"
            + LONG_NAME
            + "' at 'name' failed to satisfy constraint: Member must have length less than or"
            + " equal to 255; Value '0' at 'timeout' failed to satisfy constraint: Member must have"
            + " value greater than or equal to 1");
  }

  @Test
  void anUpdateWithATimeoutOfZeroLeavesTheJobAsItWas() {
    create(b -> b.name("keeps-timeout").timeout(15).description("as created"));
    var before = jobs.glue.getJob(b -> b.jobName("keeps-timeout")).job();

    assertInvalid(
        () ->
            jobs.glue.updateJob(
                b ->
                    b.jobName("keeps-timeout")
                        .jobUpdate(
                            u ->
                                u.role(GlueClients.ROLE)
                                    .description("changed")
                                    .command(
                                        c -> c.name("pythonshell").scriptLocation("s3://b/x.py"))
                                    .timeout(0))),
        "1 validation error detected: Value '0' at 'jobUpdate.timeout' failed to satisfy"
            + " constraint: Member must have value greater than or equal to 1");
    assertThat(jobs.glue.getJob(b -> b.jobName("keeps-timeout")).job()).isEqualTo(before);
  }

  @Test
  void getJobsWithMaxResultsZero() {
    assertInvalid(
        () -> jobs.glue.getJobs(b -> b.maxResults(0)),
        "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint:"
            + " Member must have value greater than or equal to 1");
  }

  @Test
  void batchStopJobRunWith26RunIds() {
    List<String> ids = IntStream.range(0, 26).mapToObj(i -> "jr_" + i).toList();

    assertInvalid(
        () -> jobs.glue.batchStopJobRun(b -> b.jobName("any-job").jobRunIds(ids)),
        "1 validation error detected: Value '"
            + ids
            + "' at 'jobRunIds' failed to satisfy constraint: Member must have length less than or"
            + " equal to 25");
  }

  private static void create(Consumer<CreateJobRequest.Builder> change) {
    jobs.glue.createJob(
        b -> {
          b.role(GlueClients.ROLE)
              .command(c -> c.name("pythonshell").scriptLocation("s3://glue-scripts/x.py"));
          change.accept(b);
        });
  }

  private static void assertInvalid(ThrowingCallable call, String message) {
    var error = catchThrowableOfType(ValidationException.class, call);
    assertThat(error).as("ValidationException").isNotNull();
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(message);
  }

  private static void assertNoJob(String name) {
    assertThatThrownBy(() -> jobs.glue.getJob(b -> b.jobName(name)))
        .isInstanceOf(EntityNotFoundException.class);
  }
}
