package dev.sluice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.server.EventsView;
import dev.sluice.server.TestSluice;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCommandsTest {
  @TempDir Path dataDir;
  private final CliRun cli = new CliRun();

  @Test
  void statusPrintsTheHealthOfARunningSluice() {
    try (var sluice = TestSluice.start(dataDir)) {
      assertThat(cli.run("status", "--endpoint", sluice.endpoint().toString())).isZero();
      assertThat(cli.out()).isEqualTo("Sluice at " + sluice.endpoint() + ": {\"status\":\"ok\"}\n");
    }
  }

  @Test
  void statusFailsInOneLineWhenNothingAnswers() throws Exception {
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThat(cli.run("status", "--endpoint", "http://127.0.0.1:" + port)).isEqualTo(1);
    assertThat(cli.err())
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
      assertThat(
              cli.run("events", "--endpoint", sluice.endpoint().toString(), "--status", "failed"))
          .isZero();

      var lines = cli.out().lines().toList();
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
      assertThat(cli.run("events", "--endpoint", sluice.endpoint().toString())).isZero();
      assertThat(cli.out()).isEqualTo("No events.\n");
    }
  }
}
