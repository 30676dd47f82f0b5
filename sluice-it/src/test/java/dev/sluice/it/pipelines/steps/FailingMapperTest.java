package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.streaming;
import static dev.sluice.it.pipelines.steps.StepRig.freshOutput;
import static dev.sluice.it.pipelines.steps.StepRig.s3;
import static dev.sluice.it.support.PipelineRuns.required;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.model.PipelineObject;

/**
 * A mapper that exits with 3 after writing to stderr: each attempt fails with Hadoop's message and
 * the mapper's stderr, is retried {@code maximumRetries} times after {@code retryDelay}, and the
 * failed instance raises its {@code onFail} SnsAlarm, whose e-mail arrives.
 */
@ExtendWith(SharedSluice.class)
class FailingMapperTest {
  private static final String OPS = "ops@example.com";

  @Test
  void everyAttemptFailsWithTheStderrAndTheLastRaisesTheOnFailAlarm(StepRig rig) throws Exception {
    rig.put(
        "scripts/fail.sh",
        "#!/bin/sh\ncat > /dev/null\necho 'mapper broke: bad record' >&2\nexit 3\n");
    var topic = rig.sns.createTopic(b -> b.name("step-failures")).topicArn();
    rig.sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint(OPS));
    assertThat(rig.mail.confirmSubscription(OPS)).isEqualTo(200);
    var output = freshOutput("failing");
    var pipeline =
        StepPipeline.of(
                streaming(
                    "-input",
                    s3("words/"),
                    "-output",
                    output,
                    "-mapper",
                    s3("scripts/fail.sh"),
                    "-reducer",
                    "aggregate"))
            .with("maximumRetries", "1")
            .with("retryDelay", "2 Minutes")
            .alarm("onFail", topic, "Step #{node.@status}", "Failed: #{node.errorMessage}");

    var id = rig.pipelines.start("failing-mapper", pipeline.definition());
    StepRig.awaitUntil(
        "the first attempt FAILED, a retry waiting",
        () ->
            rig.attempts(id).stream().anyMatch(a -> failed(a))
                && required(rig.activity(id), "@status").equals("WAITING_FOR_RUNNER"));
    assertFailedWithStderr(rig.attempts(id).get(0));

    rig.advanceClock("3m");
    rig.pipelines.awaitFinished(id);

    var attempts = rig.attempts(id);
    assertThat(attempts).hasSize(2).allSatisfy(FailingMapperTest::assertFailedWithStderr);
    var instance = rig.activity(id);
    assertThat(required(instance, "@status")).isEqualTo("FAILED");
    assertThat(required(instance, "errorMessage")).endsWith("subprocess failed with code 3");
    assertThat(rig.pipelines.pipelineField(id, "@healthStatus")).hasValue("ERROR");
    assertThat(rig.logLines(id)).anyMatch(line -> line.contains("mapper broke: bad record"));
    assertThat(rig.output(output).names()).isEmpty();

    var mail = rig.mail.awaitText(OPS, "Step FAILED", text -> true);
    assertThat(mail).startsWith("Failed: ").contains("subprocess failed with code 3");
    assertThat(rig.mail.texts(OPS, "Step FAILED")).hasSize(1);
  }

  private static boolean failed(PipelineObject attempt) {
    return required(attempt, "@status").equals("FAILED");
  }

  private static void assertFailedWithStderr(PipelineObject attempt) {
    assertThat(required(attempt, "@status")).isEqualTo("FAILED");
    assertThat(required(attempt, "errorMessage"))
        .matches("(?s).*Task attempt_\\d+_\\d+_m_\\d{6}_\\d failed: .*")
        .endsWith("PipeMapRed.waitOutputThreads(): subprocess failed with code 3");
    assertThat(required(attempt, "errorStackTrace")).contains("mapper broke: bad record");
  }
}
