package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EpochTimestampTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void readsEpochSecondsWithAMillisecondFractionAsJacksonParsesThem() throws Exception {
    var node = MAPPER.readTree("{\"stopDate\":1763702400.123}").get("stopDate");

    assertThat(WorkflowRuns.epoch(node)).isEqualTo(Instant.parse("2025-11-21T05:20:00.123Z"));
  }

  @Test
  void readsWholeEpochSeconds() throws Exception {
    var node = MAPPER.readTree("{\"stopDate\":1763702400}").get("stopDate");

    assertThat(WorkflowRuns.epoch(node)).isEqualTo(Instant.parse("2025-11-21T05:20:00Z"));
  }
}
