package dev.sluice.asl.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PathSelectionFailureTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Paths paths(String input) throws Exception {
    return new Paths(JSON.readTree(input), JSON.createObjectNode());
  }

  @Test
  void aMissingLastPropertyHasNoResults() throws Exception {
    assertThatThrownBy(() -> paths("{\"a\":{}}").select("$.a.b"))
        .isInstanceOf(StateFailure.class)
        .hasMessageContaining("Invalid path '$.a.b' : No results for path: $['a']['b']");
  }

  @Test
  void aMissingPropertyBeforeTheLastIsAMissingPropertyInThePath() throws Exception {
    assertThatThrownBy(() -> paths("{}").select("$.no.such.result.path"))
        .isInstanceOf(StateFailure.class)
        .hasMessageContaining(
            "Invalid path '$.no.such.result.path' : Missing property in path $['no']");
  }
}
