package dev.sluice.store.pipelinework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CopyActivity between S3 data nodes. */
class CopyWorkTest extends WorkersFixture {

  @BeforeEach
  void data() {
    bucket("data");
    put("data", "in/a.txt", "alpha");
    put("data", "in/sub/b.txt", "beta");
    put("data", "in/_SUCCESS", "");
  }

  private WorkOutcome copy(String from, boolean fromDir, String to, boolean toDir) {
    return workers.run(new WorkItem.Copy(s3(from), fromDir, s3(to), toDir), context);
  }

  @Test
  void copiesAFileToAFile() {
    assertThat(copy("s3://data/in/a.txt", false, "s3://data/out/renamed", false))
        .isEqualTo(WorkOutcome.success());

    assertThat(read("data", "out/renamed")).isEqualTo("alpha");
  }

  @Test
  void copiesAFileIntoADirectoryKeepingItsName() {
    assertThat(copy("s3://data/in/sub/b.txt", false, "s3://data/out", true))
        .isEqualTo(WorkOutcome.success());

    assertThat(read("data", "out/b.txt")).isEqualTo("beta");
  }

  @Test
  void copiesEveryFileOfADirectoryKeepingTheirRelativeKeys() {
    assertThat(copy("s3://data/in", true, "s3://data/out/", true)).isEqualTo(WorkOutcome.success());

    assertThat(keys("data"))
        .filteredOn(k -> k.startsWith("out/"))
        .containsExactly("out/a.txt", "out/sub/b.txt");
    assertThat(read("data", "out/sub/b.txt")).isEqualTo("beta");
  }

  @Test
  void aMissingInputFailsWithS3sCode() {
    var outcome = copy("s3://data/in/none", false, "s3://data/out/none", false);

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.errorMessage())
        .isEqualTo(
            "Could not copy s3://data/in/none to s3://data/out/none: NoSuchKey: The specified"
                + " key does not exist.");
  }

  @Test
  void aDirectoryCannotBeCopiedToAFile() {
    var outcome = copy("s3://data/in", true, "s3://data/out.txt", false);

    assertThat(outcome.errorMessage())
        .isEqualTo("Cannot copy the directory s3://data/in to the file s3://data/out.txt");
  }
}
