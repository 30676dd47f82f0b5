package dev.sluice.spark.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arguments a job asks for, as Glue's getResolvedOptions resolves them. */
class GlueArgsTest {

  @Test
  void answersTheAskedArgumentsAndIgnoresTheOthers() {
    var resolved =
        GlueArgs.resolve(
            new String[] {
              "--JOB_NAME", "nightly", "--extra-jars", "s3://b/x.jar", "--input", "s3://in/"
            },
            "JOB_NAME",
            "input");

    assertThat(resolved)
        .containsEntry("JOB_NAME", "nightly")
        .containsEntry("input", "s3://in/")
        .doesNotContainKey("extra_jars")
        .doesNotContainKey("extra-jars");
  }

  @Test
  void hyphenatedNamesAreAnsweredWithUnderscoredKeys() {
    var resolved = GlueArgs.resolve(List.of("--output-path", "s3://out/"), List.of("output-path"));

    assertThat(resolved).containsEntry("output_path", "s3://out/");
  }

  @Test
  void missingArgumentsAreNamedAsArgparseNamesThem() {
    assertThatThrownBy(() -> GlueArgs.resolve(new String[] {"--b", "1"}, "x", "b", "y"))
        .isInstanceOf(GlueArgumentException.class)
        .hasMessage("the following arguments are required: --x, --y");
  }

  @Test
  void anArgumentWithoutAValueIsRefused() {
    assertThatThrownBy(() -> GlueArgs.resolve(new String[] {"--x", "--y", "2"}, "x", "y"))
        .isInstanceOf(GlueArgumentException.class)
        .hasMessage("argument --x: expected one argument");
    assertThatThrownBy(() -> GlueArgs.resolve(new String[] {"--y", "2", "--x"}, "x", "y"))
        .hasMessage("argument --x: expected one argument");
  }

  @Test
  void valuesMayFollowAnEqualsSignBeNegativeNumbersAndTheLastOneWins() {
    var resolved =
        GlueArgs.resolve(
            new String[] {"--n", "-5", "--s=a=b", "--w", "one", "--w", "two"}, "n", "s", "w");

    assertThat(resolved)
        .containsEntry("n", "-5")
        .containsEntry("s", "a=b")
        .containsEntry("w", "two");
  }

  @Test
  void namesAreMatchedExactlyAndNothingAfterADoubleDashIsRead() {
    assertThatThrownBy(
            () -> GlueArgs.resolve(new String[] {"--inp", "a", "--", "--input", "b"}, "input"))
        .hasMessage("the following arguments are required: --input");
  }
}
