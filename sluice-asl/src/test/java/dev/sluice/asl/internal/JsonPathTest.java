package dev.sluice.asl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonPathTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode doc() throws Exception {
    return JSON.readTree("{\"a\":{\"b\":[10,20,30],\"c d\":1},\"x\":{\"b\":[40]}}");
  }

  @Test
  void readsNestedFieldsAndBracketedNames() throws Exception {
    assertThat(JsonPath.parse("$.a.b[1]").read(doc()).asInt()).isEqualTo(20);
    assertThat(JsonPath.parse("$['a']['c d']").read(doc()).asInt()).isEqualTo(1);
    assertThat(JsonPath.parse("$").read(doc())).isEqualTo(doc());
  }

  @Test
  void readsWildcardsSlicesAndDeepScansAsArrays() throws Exception {
    assertThat(JsonPath.parse("$.a.b[*]").read(doc()).toString()).isEqualTo("[10,20,30]");
    assertThat(JsonPath.parse("$.a.b[0:2]").read(doc()).toString()).isEqualTo("[10,20]");
    assertThat(JsonPath.parse("$..b").read(doc()).toString()).isEqualTo("[[10,20,30],[40]]");
  }

  @Test
  void aMissingDefinitePathReadsNothing() throws Exception {
    assertThat(JsonPath.parse("$.a.zzz").read(doc())).isNull();
    assertThat(JsonPath.parse("$.a.b[7]").read(doc())).isNull();
  }

  @Test
  void textNotStartingWithDollarIsNotAPath() {
    assertThat(JsonPath.parse("a.b")).isNull();
  }
}
