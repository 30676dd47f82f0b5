package dev.sluice.asl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ResultPathPlacementTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void placesTheResultAtANestedPathKeepingTheSiblings() throws Exception {
    JsonNode input = JSON.readTree("{\"a\":{\"b\":1,\"c\":{\"d\":2}},\"e\":[1]}");
    JsonNode placed = Paths.place(input, "$.a.c.x", JSON.readTree("true"));
    assertThat(placed)
        .isEqualTo(JSON.readTree("{\"a\":{\"b\":1,\"c\":{\"d\":2,\"x\":true}},\"e\":[1]}"));
  }

  @Test
  void leavesTheInputUntouched() throws Exception {
    JsonNode input = JSON.readTree("{\"a\":{\"b\":1}}");
    Paths.place(input, "$.a.b", JSON.readTree("2"));
    Paths.place(input, "$.a.z.y", JSON.readTree("3"));
    assertThat(input).isEqualTo(JSON.readTree("{\"a\":{\"b\":1}}"));
  }

  @Test
  void replacesANonObjectOnThePathByAnObject() throws Exception {
    JsonNode input = JSON.readTree("{\"a\":5}");
    assertThat(Paths.place(input, "$.a.b", JSON.readTree("1")))
        .isEqualTo(JSON.readTree("{\"a\":{\"b\":1}}"));
  }
}
