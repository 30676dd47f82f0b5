package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.it.support.GlueClients;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.WorkerType;

/**
 * Definitions the model allows but Glue refuses: a WorkerType without NumberOfWorkers, MaxCapacity
 * beside workers (on CreateJob, UpdateJob or StartJobRun) are InvalidInputException; a second job
 * of a name is AlreadyExistsException. Each refused write leaves what was stored as it was.
 */
@ExtendWith(SharedJobs.class)
class SemanticRefusalsTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void aWorkerTypeWithoutNumberOfWorkers() {
    var error =
        refused(
            InvalidInputException.class,
            () -> create("no-workers", b -> b.workerType(WorkerType.G_1_X)));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Please set both Worker Type and Number of Workers.");
    assertThatThrownBy(() -> jobs.glue.getJob(b -> b.jobName("no-workers")))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void maxCapacityBesideWorkers() {
    var error =
        refused(
            InvalidInputException.class,
            () ->
                create(
                    "capacity-and-workers",
                    b -> b.workerType(WorkerType.G_1_X).numberOfWorkers(2).maxCapacity(2.0)));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Please do not set Max Capacity if using Worker Type and Number of Workers.");
    assertThatThrownBy(() -> jobs.glue.getJob(b -> b.jobName("capacity-and-workers")))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void anUpdateWithAWorkerTypeWithoutWorkersLeavesTheJobAsItWas() {
    create(
        "update-refused",
        b -> b.description("as created").workerType(WorkerType.G_2_X).numberOfWorkers(3));
    var before = jobs.glue.getJob(b -> b.jobName("update-refused")).job();

    var error =
        refused(
            InvalidInputException.class,
            () ->
                jobs.glue.updateJob(
                    b ->
                        b.jobName("update-refused")
                            .jobUpdate(
                                u ->
                                    u.role(GlueClients.ROLE)
                                        .description("changed")
                                        .command(
                                            c ->
                                                c.name("glueetl")
                                                    .scriptLocation("s3://glue-scripts/y.jar"))
                                        .workerType(WorkerType.G_1_X))));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Please set both Worker Type and Number of Workers.");
    assertThat(jobs.glue.getJob(b -> b.jobName("update-refused")).job()).isEqualTo(before);
  }

  @Test
  void aRunWithMaxCapacityOfAJobWithWorkersStartsNoRun() {
    create("run-refused", b -> b.workerType(WorkerType.G_1_X).numberOfWorkers(2));

    var error =
        refused(
            InvalidInputException.class,
            () -> jobs.glue.startJobRun(b -> b.jobName("run-refused").maxCapacity(5.0)));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Please do not set Max Capacity if using Worker Type and Number of Workers.");
    assertThat(jobs.glue.getJobRuns(b -> b.jobName("run-refused")).jobRuns()).isEmpty();
  }

  @Test
  void aSecondJobOfTheSameNameLeavesTheFirstAsItWas() {
    create("taken", b -> b.description("the first"));
    var before = jobs.glue.getJob(b -> b.jobName("taken")).job();

    var error =
        refused(
            AlreadyExistsException.class,
            () -> create("taken", b -> b.description("the second").maxRetries(3)));

    assertThat(error.awsErrorDetails().errorMessage()).isNotBlank().contains("taken");
    assertThat(jobs.glue.getJob(b -> b.jobName("taken")).job()).isEqualTo(before);
  }

  private static void create(String name, Consumer<CreateJobRequest.Builder> change) {
    jobs.glue.createJob(
        b -> {
          b.name(name)
              .role(GlueClients.ROLE)
              .command(c -> c.name("glueetl").scriptLocation("s3://glue-scripts/x.jar"));
          change.accept(b);
        });
  }

  private static <E extends GlueException> E refused(Class<E> type, ThrowingCallable call) {
    var error = catchThrowableOfType(type, call);
    assertThat(error).as(type.getSimpleName()).isNotNull();
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo(type.getSimpleName());
    return error;
  }
}
