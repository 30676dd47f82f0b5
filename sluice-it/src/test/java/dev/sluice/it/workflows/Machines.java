package dev.sluice.it.workflows;

import dev.sluice.it.support.StepFunctionsClients;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** Runs small state machines against Sluice for tests that write their own definitions. */
final class Machines {
  private final SfnClient sfn;
  private final S3Client s3;

  Machines(SfnClient sfn, S3Client s3) {
    this.sfn = sfn;
    this.s3 = s3;
  }

  /** A new, empty bucket's name. */
  String bucket() {
    String name = "machines-" + UUID.randomUUID().toString().substring(0, 8);
    s3.createBucket(b -> b.bucket(name));
    return name;
  }

  void put(String bucket, String key, String text) {
    s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(text));
  }

  String get(String bucket, String key) {
    return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
  }

  /**
   * Runs {@code definition} on {@code {}} and returns its output, failing if it did not succeed.
   */
  String succeed(String definition) {
    DescribeExecutionResponse ended = run(definition);
    if (ended.status() != ExecutionStatus.SUCCEEDED) {
      throw new AssertionError(
          "execution " + ended.statusAsString() + ": " + ended.error() + ": " + ended.cause());
    }
    return ended.output();
  }

  /** Runs {@code definition} on {@code {}} until it ends (at most a minute). */
  DescribeExecutionResponse run(String definition) {
    String machine =
        sfn.createStateMachine(
                b ->
                    b.name("machine-" + UUID.randomUUID().toString().substring(0, 8))
                        .definition(definition)
                        .roleArn(StepFunctionsClients.ROLE))
            .stateMachineArn();
    String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{}")).executionArn();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(execution));
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
}
