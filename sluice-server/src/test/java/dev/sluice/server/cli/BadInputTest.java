package dev.sluice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
  @TempDir Path dataDir;
  private final CliRun cli = new CliRun();

  @Test
  void rejectsAnUnknownFlagWithOneLine() {
    assertThat(cli.run(Map.of(), "up", "--prot", "1")).isEqualTo(1);
    assertThat(cli.err())
        .startsWith("sluice: Unknown options: '--prot'")
        .endsWith("(see 'sluice up --help')\n")
        .hasLineCount(1);
  }

  @Test
  void rejectsAPortThatIsNoNumber() {
    assertThat(cli.run(Map.of(), "up", "--port", "many")).isEqualTo(1);
    assertThat(cli.err()).contains("--port").contains("many").hasLineCount(1);
  }

  @Test
  void rejectsAPortOutOfRange() {
    assertThat(cli.run(Map.of(), "up", "--port", "70000")).isEqualTo(1);
    assertThat(cli.err()).contains("port must be between 0 and 65535").hasLineCount(1);
  }

  @Test
  void rejectsAMalformedAccessKey() {
    assertThat(cli.run(Map.of(), "up", "--access-key", "justone")).isEqualTo(1);
    assertThat(cli.err()).contains("AKID:SECRET").hasLineCount(1);
  }

  @Test
  void rejectsAnUnknownAuthMode() {
    assertThat(cli.run(Map.of(), "up", "--auth", "maybe")).isEqualTo(1);
    assertThat(cli.err()).contains("'any' or 'strict'").hasLineCount(1);
  }

  @Test
  void rejectsABadEnvironmentValue() {
    assertThat(cli.run(Map.of("SLUICE_PORT", "abc"), "up")).isEqualTo(1);
    assertThat(cli.err()).contains("SLUICE_PORT must be a port number, not 'abc'").hasLineCount(1);
  }

  @Test
  void explainsAnOccupiedPortInOneLine() throws Exception {
    try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      var port = Integer.toString(taken.getLocalPort());

      assertThat(cli.run(Map.of(), "up", "--port", port, "--data-dir", dataDir.toString()))
          .isEqualTo(1);
      assertThat(cli.err())
          .isEqualTo(
              "sluice: Port " + port + " on 127.0.0.1 is already in use (or not available).\n");
    }
  }

  @Test
  void explainsAnInsecureBindInOneLine() {
    assertThat(cli.run(Map.of(), "up", "--bind", "0.0.0.0", "--data-dir", dataDir.toString()))
        .isEqualTo(1);
    assertThat(cli.err()).startsWith("sluice: Refusing to listen on 0.0.0.0").hasLineCount(1);
  }
}
