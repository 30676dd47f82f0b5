package dev.sluice.it.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.junit.SluiceExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The unmodified AWS CLI reads function logs: {@code aws logs tail} and {@code get-log-events}. */
class AwsCliLogsTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  private static final Path AWS = Path.of("/usr/bin/aws");
  private static final String GROUP = "/aws/lambda/cli-fn";

  @BeforeAll
  static void anInvocationTwentyMinutesAgoAndOneTwoHoursAgo() {
    var sink = sluice.sluice().logs();
    sink.append(
        GROUP,
        LambdaLines.STREAM,
        LambdaLines.invocation("old-one", Instant.now().minus(Duration.ofHours(2)), "too old"));
    sink.append(
        GROUP,
        LambdaLines.STREAM,
        LambdaLines.invocation(
            "recent-one", Instant.now().minus(Duration.ofMinutes(20)), "hello from the function"));
  }

  private static String aws(String... args) throws Exception {
    assumeTrue(Files.isExecutable(AWS), "/usr/bin/aws is not installed");
    var command =
        new ArrayList<>(List.of(AWS.toString(), "--endpoint-url", sluice.endpoint().toString()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    var env = builder.environment();
    env.remove("AWS_PROFILE");
    env.put("AWS_ACCESS_KEY_ID", "test");
    env.put("AWS_SECRET_ACCESS_KEY", "test");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_PAGER", "");
    var process = builder.start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  void logsTailPrintsTheLinesOfTheLastHour() throws Exception {
    var output = aws("logs", "tail", GROUP, "--since", "1h");

    var lines = output.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .contains(LambdaLines.STREAM)
        .endsWith("START RequestId: recent-one Version: $LATEST");
    assertThat(lines.get(1)).endsWith("hello from the function");
    assertThat(lines.get(2)).endsWith("END RequestId: recent-one");
    assertThat(lines.get(3)).contains("REPORT RequestId: recent-one\tDuration: 12.34 ms");
    assertThat(output).doesNotContain("too old");
  }

  @Test
  void logsTailFiltersWithAPattern() throws Exception {
    var output =
        aws(
            "logs",
            "tail",
            GROUP,
            "--since",
            "3h",
            "--filter-pattern",
            "?hello ?\"too old\"",
            "--format",
            "short");

    assertThat(output.lines().toList())
        .hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).endsWith("too old"),
            second -> assertThat(second).endsWith("hello from the function"));
  }

  @Test
  void getLogEventsPrintsTheStreamFromItsHead() throws Exception {
    var output =
        aws(
            "logs",
            "get-log-events",
            "--log-group-name",
            GROUP,
            "--log-stream-name",
            LambdaLines.STREAM,
            "--start-from-head",
            "--query",
            "events[].message",
            "--output",
            "text");

    assertThat(output)
        .contains(
            "START RequestId: old-one",
            "too old",
            "hello from the function",
            "END RequestId: recent-one");
    assertThat(output.indexOf("too old")).isLessThan(output.indexOf("hello from the function"));
  }

  @Test
  void describeLogGroupsListsTheFunctionsGroup() throws Exception {
    var output =
        aws(
            "logs",
            "describe-log-groups",
            "--log-group-name-prefix",
            "/aws/lambda/",
            "--query",
            "logGroups[].arn",
            "--output",
            "text");

    assertThat(output.strip())
        .isEqualTo("arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/cli-fn:*");
  }
}
