package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.streaming;
import static dev.sluice.it.pipelines.steps.StepRig.s3;
import static dev.sluice.it.support.PipelineRuns.required;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * As on Hadoop, a streaming step refuses an output directory that already exists, before any job
 * (here: any Spark JVM) starts, and leaves what is there alone.
 */
@ExtendWith(SharedSluice.class)
class ExistingOutputTest {

  @Test
  void anOutputThatExistsFailsTheStepWithHadoopsMessageBeforeSparkStarts(StepRig rig) {
    rig.put("out/existing/part-00000", "earlier\t1\n");
    var pipeline =
        StepPipeline.of(
            streaming(
                "-input", s3("words/"),
                "-output", s3("out/existing"),
                "-mapper", s3("scripts/wordSplitter.py"),
                "-reducer", "aggregate"));

    var id = rig.run("existing-output", pipeline);

    var attempt = rig.attempts(id);
    assertThat(attempt).singleElement();
    assertThat(required(attempt.get(0), "@status")).isEqualTo("FAILED");
    assertThat(required(attempt.get(0), "errorMessage"))
        .isEqualTo("Output directory s3://steps/out/existing already exists");
    assertThat(required(rig.activity(id), "@status")).isEqualTo("FAILED");
    assertThat(rig.logLines(id))
        .anyMatch(line -> line.contains("Output directory s3://steps/out/existing already exists"))
        .noneMatch(line -> line.startsWith("Sluice: starting Spark"));
    assertThat(rig.output(s3("out/existing")).lines()).containsExactly("earlier\t1");
  }
}
