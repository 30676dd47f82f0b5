package dev.sluice.spark.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Glue's reserved arguments: always recognised, with the bookmark and temp-dir rules. */
class GlueReservedArgsTest {

  @Test
  void reservedArgumentsAreAnsweredWithoutBeingAskedFor() {
    var resolved =
        GlueArgs.resolve(
            new String[] {
              "--JOB_ID", "j_1",
              "--JOB_RUN_ID", "jr_1",
              "--SECURITY_CONFIGURATION", "sec",
              "--encryption-type", "sse-s3",
              "--TempDir", "s3://tmp/"
            });

    assertThat(resolved)
        .containsEntry("JOB_ID", "j_1")
        .containsEntry("JOB_RUN_ID", "jr_1")
        .containsEntry("SECURITY_CONFIGURATION", "sec")
        .containsEntry("encryption_type", "sse-s3")
        .containsEntry("TempDir", "s3://tmp/")
        .containsEntry("RedshiftTempDir", "s3://tmp/")
        .containsEntry("job_bookmark_option", "job-bookmark-disable");
  }

  @Test
  void absentReservedArgumentsAreLeftOutAndTheTempDirIsNeverRequired() {
    var resolved = GlueArgs.resolve(new String[] {"--RedshiftTempDir", "s3://r/"}, "TempDir");

    assertThat(resolved)
        .containsOnlyKeys("TempDir", "RedshiftTempDir", "job_bookmark_option")
        .containsEntry("TempDir", "s3://r/");
  }

  @Test
  void theOlderContinuationOptionIsTranslatedToABookmarkOption() {
    assertThat(GlueArgs.resolve(new String[] {"--continuation-option", "continuation-enabled"}))
        .containsEntry("job_bookmark_option", "job-bookmark-enable")
        .doesNotContainKey("continuation_option");
    assertThat(GlueArgs.resolve(new String[] {"--continuation-option", "continuation-readonly"}))
        .containsEntry("job_bookmark_option", "job-bookmark-pause");
  }

  @Test
  void anInvalidBookmarkOptionIsRefusedWithItsChoices() {
    assertThatThrownBy(() -> GlueArgs.resolve(new String[] {"--job-bookmark-option", "on"}))
        .isInstanceOf(GlueArgumentException.class)
        .hasMessage(
            "argument --job-bookmark-option: invalid choice: 'on' (choose from"
                + " 'job-bookmark-enable', 'job-bookmark-pause', 'job-bookmark-disable')");
  }

  @Test
  void theBookmarkRangeIsAnsweredOnlyWhenPaused() {
    var range = new String[] {"--job-bookmark-from", "a", "--job-bookmark-to", "b"};
    assertThat(GlueArgs.resolve(range)).doesNotContainKeys("job_bookmark_from", "job_bookmark_to");

    var paused =
        GlueArgs.resolve(
            new String[] {
              "--job-bookmark-option", "job-bookmark-pause",
              "--job-bookmark-from", "a",
              "--job-bookmark-to", "b"
            });

    assertThat(paused)
        .containsEntry("job_bookmark_from", "a")
        .containsEntry("job_bookmark_to", "b");
    assertThatThrownBy(
            () ->
                GlueArgs.resolve(
                    new String[] {
                      "--job-bookmark-option", "job-bookmark-pause", "--job-bookmark-from", "a"
                    }))
        .isInstanceOf(GlueArgumentException.class)
        .hasMessage("Missing option or value for --job-bookmark-to");
  }

  @Test
  void askingForAReservedBookmarkArgumentIsRefused() {
    assertThatThrownBy(() -> GlueArgs.resolve(new String[0], "job_bookmark_option"))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(GlueArgumentException.class)
        .hasMessage("Using reserved arguments --job-bookmark-option");
  }

  @Test
  void askingForAReservedIdentifierMakesItRequired() {
    assertThatThrownBy(() -> GlueArgs.resolve(new String[0], "JOB_RUN_ID"))
        .hasMessage("the following arguments are required: --JOB_RUN_ID");
  }
}
