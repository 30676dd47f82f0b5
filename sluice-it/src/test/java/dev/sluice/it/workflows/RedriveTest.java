package dev.sluice.it.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.StepFunctionsClients;
import dev.sluice.junit.SluiceExtension;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * RedriveExecution through the SDK: an execution that failed on a Task reading a missing S3 object
 * is redriven once the object exists, and continues from the failed state only.
 */
class RedriveTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  private static SfnClient sfn;
  private static Machines machines;

  @BeforeAll
  static void clients() {
    sfn = StepFunctionsClients.sfn(sluice.endpoint());
    machines = new Machines(sfn, S3Clients.s3(sluice.endpoint()));
  }

  @Test
  void continuesAFailedExecutionFromTheFailedTaskOnly() {
    String bucket = machines.bucket();
    String definition =
        "{\"StartAt\":\"Prepare\",\"States\":{"
            + "\"Prepare\":{\"Type\":\"Pass\",\"Next\":\"Fetch\"},"
            + fetch(bucket, "\"ResultPath\":null,\"Next\":\"Done\"")
            + ",\"Done\":{\"Type\":\"Pass\",\"Parameters\":{"
            + "\"redrives.$\":\"$$.Execution.RedriveCount\"},\"End\":true}}}";
    DescribeExecutionResponse failed = machines.run(definition);
    assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(failed.redriveStatusAsString()).isEqualTo("REDRIVABLE");
    assertThat(failed.redriveCount()).isZero();
    machines.put(bucket, "flag", "ready");

    Instant redriven =
        sfn.redriveExecution(b -> b.executionArn(failed.executionArn()).clientToken("token-1"))
            .redriveDate();
    DescribeExecutionResponse ended = awaitEnd(failed.executionArn());

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ended.output()).isEqualTo("{\"redrives\":1}");
    assertThat(ended.redriveCount()).isEqualTo(1);
    assertThat(ended.redriveDate()).isEqualTo(redriven);
    assertThat(ended.redriveStatusAsString()).isEqualTo("NOT_REDRIVABLE");
    assertThat(ended.redriveStatusReason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    List<HistoryEvent> history = history(failed.executionArn());
    assertThat(entered(history, "Prepare")).isEqualTo(1);
    assertThat(entered(history, "Fetch")).isEqualTo(2);
    HistoryEvent redrive = only(history, HistoryEventType.EXECUTION_REDRIVEN);
    assertThat(redrive.executionRedrivenEventDetails().redriveCount()).isEqualTo(1);
    assertThat(history.get(Math.toIntExact(redrive.id() - 2)).type())
        .isEqualTo(HistoryEventType.EXECUTION_FAILED);
    assertThat(history.getLast().type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
  }

  @Test
  void answersTheSameRedriveAgainForTheSameClientToken() {
    String bucket = machines.bucket();
    DescribeExecutionResponse failed =
        machines.run("{\"StartAt\":\"Fetch\",\"States\":{" + fetch(bucket, "\"End\":true") + "}}");
    machines.put(bucket, "flag", "ready");
    String arn = failed.executionArn();

    Instant first =
        sfn.redriveExecution(b -> b.executionArn(arn).clientToken("same")).redriveDate();
    Instant again =
        sfn.redriveExecution(b -> b.executionArn(arn).clientToken("same")).redriveDate();

    assertThat(again).isEqualTo(first);
    DescribeExecutionResponse ended = awaitEnd(arn);
    assertThat(ended.redriveCount()).isEqualTo(1);
    assertThat(history(arn).stream().filter(e -> e.type() == HistoryEventType.EXECUTION_REDRIVEN))
        .hasSize(1);
  }

  @Test
  void rerunsOnlyTheFailedBranchOfAParallel() {
    String bucket = machines.bucket();
    String definition =
        "{\"StartAt\":\"Both\",\"States\":{\"Both\":{\"Type\":\"Parallel\",\"End\":true,"
            + "\"Branches\":[{\"StartAt\":\"Easy\",\"States\":{\"Easy\":{\"Type\":\"Pass\","
            + "\"Result\":\"easy\",\"End\":true}}},{\"StartAt\":\"Fetch\",\"States\":{"
            + fetch(bucket, "\"End\":true,\"ResultSelector\":{\"got\":\"yes\"}")
            + "}}]}}}";
    DescribeExecutionResponse failed = machines.run(definition);
    assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
    machines.put(bucket, "flag", "ready");

    sfn.redriveExecution(b -> b.executionArn(failed.executionArn()));
    DescribeExecutionResponse ended = awaitEnd(failed.executionArn());

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ended.output()).isEqualTo("[\"easy\",{\"got\":\"yes\"}]");
    List<HistoryEvent> history = history(failed.executionArn());
    assertThat(entered(history, "Easy")).isEqualTo(1);
    assertThat(entered(history, "Fetch")).isEqualTo(2);
    assertThat(entered(history, "Both")).isEqualTo(1);
  }

  @Test
  void rerunsOnlyTheUnsuccessfulIterationsOfAnInlineMap() {
    String bucket = machines.bucket();
    machines.put(bucket, "first", "here");
    String definition =
        "{\"StartAt\":\"Keys\",\"States\":{\"Keys\":{\"Type\":\"Pass\","
            + "\"Result\":[\"first\",\"flag\"],\"Next\":\"Each\"},"
            + "\"Each\":{\"Type\":\"Map\",\"End\":true,\"MaxConcurrency\":1,\"ItemProcessor\":{"
            + "\"StartAt\":\"Fetch\",\"States\":{\"Fetch\":{\"Type\":\"Task\","
            + "\"Resource\":\"arn:aws:states:::aws-sdk:s3:getObject\",\"Parameters\":{"
            + "\"Bucket\":\""
            + bucket
            + "\",\"Key.$\":\"$\"},\"ResultSelector\":{\"ok\":true},\"End\":true}}}}}}";
    DescribeExecutionResponse failed = machines.run(definition);
    assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
    machines.put(bucket, "flag", "ready");

    sfn.redriveExecution(b -> b.executionArn(failed.executionArn()));
    DescribeExecutionResponse ended = awaitEnd(failed.executionArn());

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ended.output()).isEqualTo("[{\"ok\":true},{\"ok\":true}]");
    assertThat(entered(history(failed.executionArn()), "Fetch")).isEqualTo(3);
  }

  @Test
  void continuesAnAbortedExecutionInTheStateItWasStoppedIn() {
    String machine =
        sfn.createStateMachine(
                b ->
                    b.name("redrive-" + UUID.randomUUID().toString().substring(0, 8))
                        .definition(
                            "{\"StartAt\":\"First\",\"States\":{\"First\":{\"Type\":\"Pass\","
                                + "\"Next\":\"Hold\"},\"Hold\":{\"Type\":\"Wait\",\"Seconds\":600,"
                                + "\"End\":true}}}")
                        .roleArn(StepFunctionsClients.ROLE))
            .stateMachineArn();
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    awaitEntered(arn, "Hold", 1);
    sfn.stopExecution(b -> b.executionArn(arn).error("Stopped").cause("by the test"));

    sfn.redriveExecution(b -> b.executionArn(arn));
    awaitEntered(arn, "Hold", 2);

    DescribeExecutionResponse running = sfn.describeExecution(b -> b.executionArn(arn));
    assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(running.stopDate()).isNull();
    assertThat(running.error()).isNull();
    assertThat(running.redriveCount()).isEqualTo(1);
    assertThat(running.redriveStatusReason())
        .isEqualTo("Execution is RUNNING and cannot be redriven");
    assertThatThrownBy(() -> sfn.redriveExecution(b -> b.executionArn(arn)))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageStartingWith("Execution is RUNNING and cannot be redriven");
    List<HistoryEvent> history = history(arn);
    assertThat(entered(history, "First")).isEqualTo(1);
    assertThat(history.stream().map(HistoryEvent::type))
        .containsSubsequence(
            HistoryEventType.EXECUTION_ABORTED,
            HistoryEventType.EXECUTION_REDRIVEN,
            HistoryEventType.WAIT_STATE_ENTERED);
    sfn.stopExecution(b -> b.executionArn(arn));
  }

  @Test
  void refusesToRedriveASucceededExecutionWithAwsReason() {
    DescribeExecutionResponse succeeded =
        machines.run("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");

    assertThat(succeeded.redriveStatusAsString()).isEqualTo("NOT_REDRIVABLE");
    assertThat(succeeded.redriveStatusReason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    assertThatThrownBy(() -> sfn.redriveExecution(b -> b.executionArn(succeeded.executionArn())))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageStartingWith("Execution is SUCCEEDED and cannot be redriven");
  }

  @Test
  void refusesToRedriveAnExecutionThatDoesNotExist() {
    String arn =
        "arn:aws:states:us-east-1:000000000000:execution:none-"
            + UUID.randomUUID().toString().substring(0, 8)
            + ":run";

    assertThatThrownBy(() -> sfn.redriveExecution(b -> b.executionArn(arn)))
        .isInstanceOf(ExecutionDoesNotExistException.class)
        .hasMessageStartingWith("Execution Does Not Exist: '" + arn + "'");
  }

  /** A Task state {@code Fetch} reading {@code flag} from {@code bucket}: fails until it exists. */
  private static String fetch(String bucket, String rest) {
    return "\"Fetch\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::aws-sdk:s3:getObject\","
        + "\"Parameters\":{\"Bucket\":\""
        + bucket
        + "\",\"Key\":\"flag\"},"
        + rest
        + "}";
  }

  private static DescribeExecutionResponse awaitEnd(String arn) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(arn));
      if (described.status() != ExecutionStatus.RUNNING || System.nanoTime() > deadline) {
        return described;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static void awaitEntered(String arn, String state, int times) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (entered(history(arn), state) < times) {
      assertThat(System.nanoTime()).as("%s entered %d times", state, times).isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static List<HistoryEvent> history(String arn) {
    return sfn.getExecutionHistoryPaginator(b -> b.executionArn(arn)).events().stream().toList();
  }

  private static long entered(List<HistoryEvent> history, String state) {
    return history.stream()
        .filter(e -> e.stateEnteredEventDetails() != null)
        .filter(e -> e.stateEnteredEventDetails().name().equals(state))
        .count();
  }

  private static HistoryEvent only(List<HistoryEvent> history, HistoryEventType type) {
    List<HistoryEvent> found = history.stream().filter(e -> e.type() == type).toList();
    assertThat(found).hasSize(1);
    return found.getFirst();
  }
}
