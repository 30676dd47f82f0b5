package dev.sluice.server.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClockFileTest {
  @TempDir Path dataDir;

  @Test
  void advancedTimeIsStillAdvancedAfterARestart() {
    try (var first = ClockFile.open(dataDir, 1)) {
      first.clock().advance(Duration.ofDays(3));
    }

    try (var second = ClockFile.open(dataDir, 1)) {
      assertThat(second.clock().now())
          .isAfter(Instant.now().plus(Duration.ofDays(3)).minusSeconds(60));
    }
  }

  @Test
  void aNewDataDirectoryStartsAtTheWallClock() {
    try (var clock = ClockFile.open(dataDir, 1)) {
      assertThat(Duration.between(Instant.now(), clock.clock().now()).abs())
          .isLessThan(Duration.ofSeconds(5));
    }
  }
}
