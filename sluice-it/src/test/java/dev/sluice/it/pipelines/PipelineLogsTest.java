package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.SluiceCli;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;

/**
 * Every attempt's output and the runner's lines about it are in CloudWatch Logs, group {@code
 * /aws/datapipeline/<pipelineId>}, stream {@code <component>/<yyyy-MM-ddTHH-mm-ss>/attempt-<n>},
 * readable with the Logs API and with {@code sluice logs --group}.
 */
@ExtendWith(SluiceExtension.class)
class PipelineLogsTest {
  static Pipelines pipelines;
  static CloudWatchLogsClient logs;
  static String id;
  static String instance;
  static String period;

  @BeforeAll
  static void runTwoAttempts(URI endpoint) throws Exception {
    pipelines = new Pipelines(endpoint);
    logs = LogsClients.logs(endpoint);
    id =
        pipelines.run(
            "talkative",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Talk", "echo to stdout; echo to stderr >&2; exit 1", "Machine")
                .with("maximumRetries", "1")
                .with("retryDelay", "1 minutes"));
    instance = pipelines.instance(id, "Talk");
    pipelines.awaitStatus(id, instance + "_Attempt=1", "FAILED");
    pipelines.advance("2m");
    pipelines.awaitStatus(id, instance, "FAILED");
    period = pipelines.field(id, instance, "@scheduledStartTime");
  }

  @Test
  void eachAttemptHasAStreamNamedByComponentPeriodAndAttempt() {
    var streams =
        logs.describeLogStreams(b -> b.logGroupName("/aws/datapipeline/" + id)).logStreams();

    var stamp = period.replace(':', '-');
    assertThat(streams)
        .extracting(LogStream::logStreamName)
        .containsExactlyInAnyOrder("Talk/" + stamp + "/attempt-1", "Talk/" + stamp + "/attempt-2");
  }

  @Test
  void anAttemptsStreamHoldsItsOutputBetweenTheRunnersLines() {
    var attempt = instance + "_Attempt=1";
    var lines =
        logs
            .getLogEvents(
                b ->
                    b.logGroupName("/aws/datapipeline/" + id)
                        .logStreamName("Talk/" + period.replace(':', '-') + "/attempt-1")
                        .startFromHead(true))
            .events()
            .stream()
            .map(OutputLogEvent::message)
            .toList();

    assertThat(lines).hasSize(4).contains("to stdout", "to stderr");
    assertThat(lines.get(0))
        .isEqualTo("Attempt " + attempt + " started (Talk, scheduled " + period + ")");
    assertThat(lines.get(3))
        .isEqualTo("Attempt " + attempt + " failed: Command failed with exit code 1");
  }

  @Test
  void sluiceLogsPrintsThePipelinesGroup() throws Exception {
    var printed =
        SluiceCli.run(
            "logs",
            "--group",
            "/aws/datapipeline/" + id,
            "--since",
            "1d",
            "--endpoint",
            pipelines.endpoint().toString());

    assertThat(printed.exitCode()).as(printed.output()).isZero();
    List<String> lines = printed.output().lines().toList();
    assertThat(lines).filteredOn(l -> l.endsWith(" to stdout")).hasSize(2);
    assertThat(lines)
        .anyMatch(
            l ->
                l.endsWith(
                    " Attempt "
                        + instance
                        + "_Attempt=2 started (Talk, scheduled "
                        + period
                        + ")"));
  }
}
