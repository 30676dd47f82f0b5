package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.ok;
import static dev.sluice.core.jobs.internal.Failures.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobBuilder;
import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobsHarness;
import dev.sluice.core.result.Result;
import org.junit.jupiter.api.Test;

class JobValidationTest {
  private static final String INVALID = "InvalidInputException";

  private final JobsHarness harness = new JobsHarness();

  private Result<String> create(JobBuilder job) {
    return harness.service.createJob(job.build());
  }

  @Test
  void refusesAnUnknownCommand() {
    assertFailure(
        create(job("etl").command("spark")),
        INVALID,
        "Invalid Command Name: spark. Valid values are glueetl, gluestreaming, pythonshell and"
            + " glueray.");
    assertThat(harness.service.getJob("etl").isOk()).isFalse();
  }

  @Test
  void acceptsEveryGlueCommand() {
    for (var command : new String[] {"glueetl", "gluestreaming", "pythonshell", "glueray"}) {
      assertThat(create(job(command).command(command)).isOk()).as(command).isTrue();
    }
  }

  @Test
  void refusesAWorkerTypeWithoutANumberOfWorkersAndTheOtherWayRound() {
    var message = "Please set both Worker Type and Number of Workers.";
    assertFailure(create(job("a").workerType("G.1X")), INVALID, message);
    assertFailure(create(job("b").numberOfWorkers(4)), INVALID, message);
  }

  @Test
  void refusesMaxCapacityWithWorkers() {
    assertFailure(
        create(job("etl").workers("G.1X", 4).maxCapacity(4.0)),
        INVALID,
        "Please do not set Max Capacity if using Worker Type and Number of Workers.");
  }

  @Test
  void refusesAllocatedCapacityWithWorkers() {
    assertFailure(
        create(job("etl").workers("G.1X", 4).allocatedCapacity(4)),
        INVALID,
        "Please do not set Allocated Capacity if using Worker Type and Number of Workers.");
  }

  @Test
  void refusesAllocatedAndMaxCapacityTogether() {
    assertFailure(
        create(job("etl").allocatedCapacity(4).maxCapacity(4.0)),
        INVALID,
        "Please set only Allocated Capacity or Max Capacity.");
  }

  @Test
  void aPythonShellJobGetsEitherASixteenthOfADpuOrOne() {
    assertFailure(
        create(job("half").command(JobCommand.PYTHON_SHELL).maxCapacity(0.5)),
        INVALID,
        "Max Capacity for a Python shell job must be either 0.0625 or 1.");
    assertThat(ok(create(job("one").command(JobCommand.PYTHON_SHELL).maxCapacity(1.0))))
        .isEqualTo("one");
    assertThat(harness.service.getJob("one").value().maxCapacity()).isEqualTo(1.0);
  }

  @Test
  void sparkJobsNeedAtLeastTwoWorkers() {
    assertFailure(
        create(job("etl").workers("G.1X", 1)),
        INVALID,
        "To use Worker Type G.1X, minimum allowed value of Number of Workers is 2.");
    assertFailure(
        create(job("stream").command("gluestreaming").workers("G.025X", 1)),
        INVALID,
        "To use Worker Type G.025X, minimum allowed value of Number of Workers is 2.");
    assertThat(create(job("ok").workers("G.1X", 2)).isOk()).isTrue();
  }

  @Test
  void otherJobsNeedAtLeastOneWorker() {
    assertFailure(
        create(job("ray").command("glueray").workers("Z.2X", 0)),
        INVALID,
        "To use Worker Type Z.2X, minimum allowed value of Number of Workers is 1.");
    assertThat(create(job("ray").command("glueray").workers("Z.2X", 1)).isOk()).isTrue();
  }

  @Test
  void refusesATimeoutOfMoreThanSevenDays() {
    assertFailure(
        create(job("long").timeout(10081)),
        INVALID,
        "Timeout must be less than 7 days or 10080 minutes.");
    assertThat(create(job("week").timeout(10080)).isOk()).isTrue();
  }

  @Test
  void updateJobChecksTheSameWay() {
    harness.create(job("etl"));

    var update = harness.service.updateJob("etl", job("etl").workerType("G.1X").build());

    assertFailure(update, INVALID, "Please set both Worker Type and Number of Workers.");
    assertThat(harness.service.getJob("etl").value().workerType()).isNull();
  }
}
