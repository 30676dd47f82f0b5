package dev.sluice.core.pipelines.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void readsDataPipelinePeriodsInAnyCaseSingularOrPlural() {
    assertThat(Durations.parse("10 minutes")).contains(Duration.ofMinutes(10));
    assertThat(Durations.parse("1 Hour")).contains(Duration.ofHours(1));
    assertThat(Durations.parse("2 HOURS")).contains(Duration.ofHours(2));
    assertThat(Durations.parse("3 days")).contains(Duration.ofDays(3));
    assertThat(Durations.parse("1 week")).contains(Duration.ofDays(7));
    assertThat(Durations.parse("1 month")).contains(Duration.ofDays(30));
    assertThat(Durations.parse(" 30 seconds ")).contains(Duration.ofSeconds(30));
  }

  @Test
  void readsIsoDurationsToo() {
    assertThat(Durations.parse("PT15M")).contains(Duration.ofMinutes(15));
  }

  @Test
  void findsNoDurationInAnythingElse() {
    assertThat(Durations.parse(null)).isEmpty();
    assertThat(Durations.parse("")).isEmpty();
    assertThat(Durations.parse("soon")).isEmpty();
    assertThat(Durations.parse("10 fortnights")).isEmpty();
  }
}
