package dev.sluice.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedDefinitionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "42",
        "null",
        "{\"StartAt\":1,\"States\":[]}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":\"text\"}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"End\":true,\"Retry\":[1]}}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"End\":true,\"Catch\":{}}}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"End\":true,"
            + "\"Retry\":[{\"ErrorEquals\":\"E\",\"MaxAttempts\":\"3\"}]}}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Parallel\",\"End\":true,"
            + "\"Branches\":[1,{}]}}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Map\",\"End\":true,\"ItemProcessor\":[]}}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Choice\",\"Choices\":[1],\"Default\":2}}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"A\"}}} trailing",
      })
  void reportsAProblemInsteadOfThrowing(String definition) {
    assertThat(DefinitionCheck.check(definition, false)).isInstanceOf(Checked.Invalid.class);
  }
}
