package dev.sluice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.server.EventsView;
import dev.sluice.server.TestSluice;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCommandsTest {
  @TempDir Path dataDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    var cli = SluiceCommand.commandLine(Map.of());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void statusPrintsTheHealthOfARunningSluice() {
    try (var sluice = TestSluice.start(dataDir)) {
      assertThat(run("status", "--endpoint", sluice.endpoint().toString())).isZero();
      assertThat(out.toString())
          .isEqualTo("Sluice at " + sluice.endpoint() + ": {\"status\":\"ok\"}\n");
    }
  }

  @Test
  void statusFailsInOneLineWhenNothingAnswers() throws Exception {
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThat(run("status", "--endpoint", "http://127.0.0.1:" + port)).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("sluice: no Sluice answers at http://127.0.0.1:" + port)
        .hasLineCount(1);
  }

  @Test
  void eventsPrintsTheOutboxAsATable() {
    var created = Instant.parse("2026-03-04T05:06:07Z");
    var event =
        new OutboxEvent(
            42,
            "lambda",
            "arn:aws:lambda:us-east-1:000000000000:function:f",
            "s3:ObjectCreated:Put",
            "{}",
            created,
            EventStatus.FAILED,
            3,
            created,
            "boom");
    EventsView view =
        (status, after, limit) -> status == EventStatus.FAILED ? List.of(event) : List.of();
    try (var sluice = TestSluice.start(TestSluice.config(dataDir), view)) {
      assertThat(run("events", "--endpoint", sluice.endpoint().toString(), "--status", "failed"))
          .isZero();

      var lines = out.toString().lines().toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0)).startsWith("ID  STATUS  SERVICE  TYPE").endsWith("LAST ERROR");
      assertThat(lines.get(1))
          .startsWith("42  FAILED  lambda   s3:ObjectCreated:Put")
          .contains("2026-03-04T05:06:07Z")
          .endsWith("boom");
    }
  }

  @Test
  void eventsSaysSoWhenThereAreNone() {
    try (var sluice = TestSluice.start(dataDir)) {
      assertThat(run("events", "--endpoint", sluice.endpoint().toString())).isZero();
      assertThat(out.toString()).isEqualTo("No events.\n");
    }
  }
}
