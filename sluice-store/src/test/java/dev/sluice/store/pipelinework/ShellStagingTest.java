package dev.sluice.store.pipelinework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ShellCommandActivity with {@code stage}: inputs downloaded before, outputs uploaded after. */
class ShellStagingTest extends WorkersFixture {

  @BeforeEach
  void data() {
    bucket("data");
    put("data", "in/a.txt", "alpha\n");
    put("data", "in/sub/b.txt", "beta\n");
    put("data", "in/_SUCCESS", "");
    put("data", "single/c.txt", "gamma\n");
  }

  private static WorkItem.Shell staged(String command, List<String> in, List<String> out) {
    return new WorkItem.Shell(
        command,
        null,
        List.of(),
        true,
        in.stream().map(ObjectFilesFixture::s3).toList(),
        out.stream().map(ObjectFilesFixture::s3).toList(),
        null,
        null);
  }

  @Test
  void downloadsEachInputAndUploadsEveryFileOfEachOutputDirectory() {
    var item =
        staged(
            "cat \"$INPUT1_STAGING_DIR/a.txt\" \"$INPUT1_STAGING_DIR/sub/b.txt\""
                + " \"$INPUT2_STAGING_DIR/c.txt\" > \"$OUTPUT1_STAGING_DIR/joined.txt\";"
                + " mkdir \"$OUTPUT1_STAGING_DIR/nested\";"
                + " ls \"$INPUT1_STAGING_DIR\" > \"$OUTPUT1_STAGING_DIR/nested/listing\";"
                + " echo two > \"$OUTPUT2_STAGING_DIR/two.txt\"",
            List.of("s3://data/in", "s3://data/single/c.txt"),
            List.of("s3://data/out/", "s3://data/out2"));

    assertThat(workers.run(item, context)).isEqualTo(WorkOutcome.success());

    assertThat(read("data", "out/joined.txt")).isEqualTo("alpha\nbeta\ngamma\n");
    assertThat(read("data", "out/nested/listing")).isEqualTo("a.txt\nsub\n");
    assertThat(read("data", "out2/two.txt")).isEqualTo("two\n");
    assertThat(context.workDir().resolve("input1")).isDirectory();
  }

  @Test
  void uploadsNothingWhenTheCommandFails() {
    var item =
        staged(
            "echo partial > \"$OUTPUT1_STAGING_DIR/part\"; exit 1",
            List.of("s3://data/in"),
            List.of("s3://data/out"));

    var outcome = workers.run(item, context);

    assertThat(outcome.errorMessage()).isEqualTo("Command failed with exit code 1");
    assertThat(keys("data")).noneMatch(k -> k.startsWith("out"));
  }

  @Test
  void anInputInAMissingBucketFailsBeforeTheCommandRuns() {
    var item = staged("touch ran", List.of("s3://nowhere/in"), List.of());

    var outcome = workers.run(item, context);

    assertThat(outcome.errorMessage())
        .isEqualTo(
            "Could not list s3://nowhere/in: NoSuchBucket: The specified bucket does not exist");
    assertThat(context.workDir().resolve("ran")).doesNotExist();
  }
}
