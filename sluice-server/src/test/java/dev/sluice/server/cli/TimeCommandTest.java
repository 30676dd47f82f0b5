package dev.sluice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.server.TestSluice;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeCommandTest {
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
  void advanceMovesSluicesClockAndTimeShowsIt() {
    try (var sluice = TestSluice.start(dataDir)) {
      var endpoint = sluice.endpoint().toString();

      assertThat(run("time", "advance", "1h30m", "--endpoint", endpoint)).isZero();
      assertThat(run("time", "--endpoint", endpoint)).isZero();

      var lines = out.toString().lines().toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0)).contains("advanced PT1H30M");
      assertThat(lines.get(1)).startsWith("now ").contains("scale 1.0, advanced PT1H30M");
    }
  }

  @Test
  void aDurationThatIsNotOneIsRefusedInOneLine() {
    try (var sluice = TestSluice.start(dataDir)) {
      assertThat(run("time", "advance", "soon", "--endpoint", sluice.endpoint().toString()))
          .isEqualTo(1);
      assertThat(err.toString()).contains("'soon' is not a duration").hasLineCount(1);
    }
  }
}
