package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.streaming;
import static dev.sluice.it.pipelines.steps.StepRig.freshOutput;
import static dev.sluice.it.pipelines.steps.StepRig.s3;
import static dev.sluice.it.support.PipelineRuns.required;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;

/**
 * A step's output is readable through CloudWatch Logs: group {@code /aws/datapipeline/<id>}, stream
 * {@code <component>/<scheduled start>/attempt-<n>}, with Hadoop's job lines, Spark's timing
 * ({@code Sluice: first Spark task started after N ms}) and the attempt's end.
 */
@ExtendWith(SharedSluice.class)
class StepLogsTest {

  @Test
  void theAttemptsStreamHoldsTheJobsLinesAndTheFirstTaskTiming(StepRig rig) {
    var id =
        rig.runToSuccess(
            "step-logs",
            StepPipeline.of(
                streaming(
                    "-input", s3("words/"),
                    "-output", freshOutput("logged"),
                    "-mapper", s3("scripts/wordSplitter.py"),
                    "-reducer", "aggregate")));

    var started = required(rig.activity(id), "@scheduledStartTime").replace(':', '-');
    var group = "/aws/datapipeline/" + id;
    var streams =
        rig.logs.describeLogStreams(b -> b.logGroupName(group)).logStreams().stream()
            .map(LogStream::logStreamName)
            .toList();
    var stream = "Step/" + started + "/attempt-1";
    assertThat(streams).contains(stream);
    var lines =
        rig
            .logs
            .getLogEvents(b -> b.logGroupName(group).logStreamName(stream).startFromHead(true))
            .events()
            .stream()
            .map(OutputLogEvent::message)
            .toList();
    assertThat(lines)
        .anyMatch(line -> line.matches("Sluice: first Spark task started after \\d+ ms"))
        .anyMatch(line -> line.matches("Sluice: Spark ended with exit code 0 after \\d+ ms"))
        .anyMatch(line -> line.contains("INFO mapreduce.Job:  map 100% reduce 100%"))
        .anyMatch(line -> line.matches("Attempt @Step_.*_Attempt=1 finished"))
        .noneMatch(line -> line.contains(" INFO TaskSetManager: "));
    assertThat(lines.stream().filter(l -> l.startsWith("Sluice: first Spark task"))).hasSize(1);
  }
}
