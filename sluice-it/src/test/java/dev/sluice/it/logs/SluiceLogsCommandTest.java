package dev.sluice.it.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.junit.SluiceExtension;
import dev.sluice.server.cli.SluiceCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code sluice logs}: a function's (or any group's) lines as {@code <ISO time> <message>}. */
class SluiceLogsCommandTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    var cli = SluiceCommand.commandLine(Map.of());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    var withEndpoint = new java.util.ArrayList<>(List.of(args));
    withEndpoint.addAll(List.of("--endpoint", sluice.endpoint().toString()));
    return cli.execute(withEndpoint.toArray(String[]::new));
  }

  @Test
  void printsTheFunctionsRecentLinesWithTheirTimes() {
    var start = Instant.now().minus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.MILLIS);
    sluice
        .sluice()
        .logs()
        .append(
            "/aws/lambda/printed",
            LambdaLines.STREAM,
            LambdaLines.invocation("p1", start, "output line"));
    sluice
        .sluice()
        .logs()
        .append(
            "/aws/lambda/printed",
            "older",
            List.of(new LogEvent(start.minus(Duration.ofHours(1)), "ancient")));

    assertThat(run("logs", "printed")).as(err.toString()).isZero();

    assertThat(out.toString().lines().toList())
        .containsExactly(
            start + " START RequestId: p1 Version: $LATEST",
            start.plusMillis(5) + " output line",
            start.plusMillis(10) + " END RequestId: p1",
            start.plusMillis(10)
                + " REPORT RequestId: p1\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size:"
                + " 128 MB\tMax Memory Used: 45 MB\t");
  }

  @Test
  void sinceReachesFurtherBack() {
    var old = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MILLIS);
    sluice
        .sluice()
        .logs()
        .append("/aws/lambda/aged", "s", List.of(new LogEvent(old, "five hours ago")));

    assertThat(run("logs", "aged")).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(run("logs", "aged", "--since", "6h")).isZero();
    assertThat(out.toString()).isEqualTo(old + " five hours ago\n");
  }

  @Test
  void aGroupNamedWithGroupIsPrinted() {
    var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    sluice
        .sluice()
        .logs()
        .append("/aws-glue/jobs/output", "jr_1", List.of(new LogEvent(now, "glue says hi")));

    assertThat(run("logs", "--group", "/aws-glue/jobs/output")).isZero();
    assertThat(out.toString()).isEqualTo(now + " glue says hi\n");
  }

  @Test
  void anUnknownFunctionFailsInOneLine() {
    assertThat(run("logs", "nobody")).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo("sluice: /aws/lambda/nobody: The specified log group does not exist.\n");
  }

  @Test
  void followPrintsEventsAsTheyArriveOnce() throws Exception {
    var sink = sluice.sluice().logs();
    var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    sink.append("/aws/lambda/followed", "s", List.of(new LogEvent(now, "before")));
    var exit = new AtomicInteger(-1);
    var follower = Thread.ofVirtual().start(() -> exit.set(run("logs", "followed", "--follow")));
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> out.toString().contains("before"));
      sink.append(
          "/aws/lambda/followed",
          "s",
          List.of(new LogEvent(now, "same time"), new LogEvent(now.plusMillis(1), "after")));
      await().atMost(Duration.ofSeconds(10)).until(() -> out.toString().contains("after"));
    } finally {
      follower.interrupt();
      follower.join(Duration.ofSeconds(10));
    }

    assertThat(out.toString().lines().toList())
        .containsExactly(now + " before", now + " same time", now.plusMillis(1) + " after");
    assertThat(exit.get()).isIn(0, 1);
  }
}
