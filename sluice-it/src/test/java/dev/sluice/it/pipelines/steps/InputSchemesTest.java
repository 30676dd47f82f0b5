package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.streaming;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.WordCounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code s3://}, {@code s3n://} and {@code s3a://} name the same objects, as inputs and output. */
@ExtendWith(SharedSluice.class)
class InputSchemesTest {

  @Test
  void inputsInEveryS3SchemeAreReadAndAnS3aOutputIsWritten(StepRig rig) {
    var output = "out/schemes-" + UUID.randomUUID();

    rig.runToSuccess(
        "input-schemes",
        StepPipeline.of(
            streaming(
                "-input", "s3n://steps/words/0001",
                "-input", "s3a://steps/words/0002",
                "-input", "s3://steps/words/0003",
                "-output", "s3a://steps/" + output,
                "-mapper", "s3n://steps/scripts/wordSplitter.py",
                "-reducer", "aggregate")));

    var result = rig.output("s3://steps/" + output);
    assertThat(result.names()).contains("_SUCCESS");
    assertThat(result.keyValues())
        .isEqualTo(WordCounts.ofFiles(WordCounts.EXAMPLE.resolve("input")));
  }
}
