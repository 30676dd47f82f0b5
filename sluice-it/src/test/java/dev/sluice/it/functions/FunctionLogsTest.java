package dev.sluice.it.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.LogsClients;
import dev.sluice.junit.SluiceExtension;
import dev.sluice.server.cli.SluiceCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;

/**
 * After a real invoke, the function's START, own output, END and REPORT lines are readable through
 * the CloudWatch Logs API, {@code aws logs tail} and {@code sluice logs}.
 */
class FunctionLogsTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  private static final String NAME = "logged-fn";
  private static final String GROUP = "/aws/lambda/" + NAME;
  private static String requestId;
  private static CloudWatchLogsClient logs;

  @BeforeAll
  static void invokeOnce() {
    var lambda = LambdaClients.lambda(sluice.endpoint());
    logs = LogsClients.logs(sluice.endpoint());
    LambdaClients.create(
        lambda,
        NAME,
        LambdaClients.zip(
            Map.of(
                "index.js",
                "exports.handler = async (e) => { console.log('own line ' + e.n); return 1; };")));
    var response =
        lambda.invoke(b -> b.functionName(NAME).payload(SdkBytes.fromUtf8String("{\"n\":7}")));
    requestId = response.responseMetadata().requestId();
  }

  private static void assertLambdaLines(List<String> lines) {
    var start = indexOf(lines, "START RequestId: " + requestId + " Version: $LATEST");
    var own = indexOf(lines, "own line 7");
    var end = indexOf(lines, "END RequestId: " + requestId);
    var report = indexOf(lines, "REPORT RequestId: " + requestId + "\tDuration: ");
    assertThat(List.of(start, own, end, report)).as(String.join("\n", lines)).isSorted();
    assertThat(start).as(String.join("\n", lines)).isNotNegative();
  }

  private static int indexOf(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void getLogEventsOnTheFunctionsStreamShowsTheInvocation() {
    var streams =
        logs.describeLogStreams(b -> b.logGroupName(GROUP)).logStreams().stream()
            .map(s -> s.logStreamName())
            .toList();
    assertThat(streams).hasSize(1);
    assertThat(streams.getFirst()).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertLambdaLines(
                    logs
                        .getLogEvents(
                            b ->
                                b.logGroupName(GROUP)
                                    .logStreamName(streams.getFirst())
                                    .startFromHead(true))
                        .events()
                        .stream()
                        .map(OutputLogEvent::message)
                        .toList()));
  }

  @Test
  void filterLogEventsOnTheGroupShowsTheInvocation() {
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertLambdaLines(
                    logs.filterLogEvents(b -> b.logGroupName(GROUP)).events().stream()
                        .map(e -> e.message())
                        .toList()));
    assertThat(
            logs.filterLogEvents(b -> b.logGroupName(GROUP).filterPattern("\"own line\"")).events())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("own line 7"));
  }

  @Test
  void awsLogsTailPrintsTheInvocation() throws Exception {
    var aws = Path.of("/usr/bin/aws");
    assumeTrue(Files.isExecutable(aws), "/usr/bin/aws is not installed");
    var command =
        List.of(
            aws.toString(),
            "--endpoint-url",
            sluice.endpoint().toString(),
            "logs",
            "tail",
            GROUP,
            "--since",
            "1h");
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("AWS_PROFILE");
    builder.environment().put("AWS_ACCESS_KEY_ID", "test");
    builder.environment().put("AWS_SECRET_ACCESS_KEY", "test");
    builder.environment().put("AWS_DEFAULT_REGION", "us-east-1");
    builder.environment().put("AWS_PAGER", "");
    var process = builder.start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();

    assertLambdaLines(output.lines().toList());
  }

  @Test
  void sluiceLogsPrintsTheInvocation() {
    var out = new StringWriter();
    var err = new StringWriter();
    var cli = SluiceCommand.commandLine(Map.of());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    var args = new ArrayList<>(List.of("logs", NAME, "--endpoint", sluice.endpoint().toString()));

    assertThat(cli.execute(args.toArray(String[]::new))).as(err.toString()).isZero();

    assertLambdaLines(out.toString().lines().toList());
  }
}
