package dev.sluice.aws.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.ConcurrentRunsExceededException;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.WorkerType;

/** Failures reach the SDK as its modelled exceptions, with their status and message. */
class GlueSdkErrorsTest extends GlueSdkFixture {

  @Test
  void aMissingJobIsEntityNotFoundException() {
    var error =
        catchThrowableOfType(
            EntityNotFoundException.class, () -> glue.getJob(r -> r.jobName("nope")));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Job not found.");
  }

  @Test
  void aSecondJobOfTheSameNameIsAlreadyExistsException() {
    createJob("etl", 1);

    var error = catchThrowableOfType(AlreadyExistsException.class, () -> createJob("etl", 1));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Job etl already exists.");
  }

  @Test
  void aRunBeyondMaxConcurrentRunsIsConcurrentRunsExceededException() {
    createJob("etl", 1);
    glue.startJobRun(r -> r.jobName("etl"));

    var error =
        catchThrowableOfType(
            ConcurrentRunsExceededException.class, () -> glue.startJobRun(r -> r.jobName("etl")));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Concurrent runs exceeded for etl");
  }

  @Test
  void theServicesInvalidInputIsInvalidInputException() {
    var error =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                glue.createJob(
                    r ->
                        r.name("etl")
                            .role("r")
                            .command(c -> c.name("glueetl"))
                            .workerType(WorkerType.G_1_X)));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Please set both Worker Type and Number of Workers.");
  }

  @Test
  void aConstraintFailureIsAValidationExceptionOf400WithItsMessage() {
    var error =
        catchThrowableOfType(
            GlueException.class, () -> glue.getJobRuns(r -> r.jobName("etl").maxResults(500)));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo(
            "1 validation error detected: Value '500' at 'maxResults' failed to satisfy"
                + " constraint: Member must have value less than or equal to 200");
  }

  @Test
  void aGlueActionSluiceLacksIsAnUnknownOperationNamingIt() {
    var error = catchThrowableOfType(GlueException.class, () -> glue.getDatabases(r -> {}));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Sluice does not implement the Glue action GetDatabases.");
  }
}
