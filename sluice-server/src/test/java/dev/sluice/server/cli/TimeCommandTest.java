package dev.sluice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.server.TestSluice;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeCommandTest {
  @TempDir Path dataDir;
  private final CliRun cli = new CliRun();

  @Test
  void advanceMovesSluicesClockAndTimeShowsIt() {
    try (var sluice = TestSluice.start(dataDir)) {
      var endpoint = sluice.endpoint().toString();

      assertThat(cli.run("time", "advance", "1h30m", "--endpoint", endpoint)).isZero();
      assertThat(cli.run("time", "--endpoint", endpoint)).isZero();

      var lines = cli.out().lines().toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0)).contains("advanced PT1H30M");
      assertThat(lines.get(1)).startsWith("now ").contains("scale 1.0, advanced PT1H30M");
    }
  }

  @Test
  void aDurationThatIsNotOneIsRefusedInOneLine() {
    try (var sluice = TestSluice.start(dataDir)) {
      assertThat(cli.run("time", "advance", "soon", "--endpoint", sluice.endpoint().toString()))
          .isEqualTo(1);
      assertThat(cli.err()).contains("'soon' is not a duration").hasLineCount(1);
    }
  }
}
