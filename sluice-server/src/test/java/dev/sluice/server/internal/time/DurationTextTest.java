package dev.sluice.server.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

  @Test
  void readsShortFormsAndIso8601() {
    assertThat(DurationText.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationText.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(DurationText.parse("2d")).isEqualTo(Duration.ofDays(2));
    assertThat(DurationText.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(DurationText.parse("PT1H")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void refusesWhatIsNotADuration() {
    for (var text : new String[] {"", "1", "h", "1x", "1h junk", "P1Q"}) {
      assertThatThrownBy(() -> DurationText.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not a duration");
    }
  }
}
