package dev.sluice.store.pipelinework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** S3KeyExists and S3PrefixNotEmpty: success when they hold, a failure saying why otherwise. */
class S3PreconditionWorkTest extends WorkersFixture {

  @BeforeEach
  void data() {
    bucket("data");
    put("data", "ready/_SUCCESS", "");
  }

  @Test
  void keyExistsHoldsOnlyForAnExistingKey() {
    assertThat(workers.run(new WorkItem.KeyExists(s3("s3://data/ready/_SUCCESS")), context))
        .isEqualTo(WorkOutcome.success());
    assertThat(workers.run(new WorkItem.KeyExists(s3("s3://data/ready/none")), context))
        .isEqualTo(WorkOutcome.failure("s3://data/ready/none does not exist", null));
  }

  @Test
  void prefixNotEmptyHoldsOnlyWhenSomethingIsUnderThePrefix() {
    assertThat(workers.run(new WorkItem.PrefixNotEmpty(s3("s3://data/ready")), context))
        .isEqualTo(WorkOutcome.success());
    assertThat(workers.run(new WorkItem.PrefixNotEmpty(s3("s3://data/other")), context))
        .isEqualTo(WorkOutcome.failure("s3://data/other is empty", null));
  }

  @Test
  void aMissingBucketIsAFailureWithS3sCode() {
    assertThat(workers.run(new WorkItem.KeyExists(s3("s3://nowhere/k")), context).errorMessage())
        .isEqualTo(
            "Could not check s3://nowhere/k: NoSuchBucket: The specified bucket does not exist");
  }
}
