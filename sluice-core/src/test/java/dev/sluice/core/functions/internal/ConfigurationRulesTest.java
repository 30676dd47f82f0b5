package dev.sluice.core.functions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.functions.ConfigurationChange;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lambda's checks of runtime, role, timeout, memory and environment. */
class ConfigurationRulesTest {
  static final String ROLE = "arn:aws:iam::000000000000:role/service-role/test";

  private static ConfigurationChange change(
      String runtime, String role, Integer timeout, Integer memory, Map<String, String> env) {
    return new ConfigurationChange(runtime, "h", role, null, timeout, memory, env, null, null);
  }

  @Test
  void everyRuntimeOfTheModelIsAccepted() {
    for (var runtime : ConfigurationRules.RUNTIMES) {
      assertThat(ConfigurationRules.check(change(runtime, ROLE, null, null, null), true)).isEmpty();
    }
  }

  @Test
  void anUnknownRuntimeIsAnInvalidParameterValue() {
    var failure = ConfigurationRules.check(change("python2.9", ROLE, null, null, null), true);

    assertThat(failure)
        .hasValueSatisfying(
            f -> {
              assertThat(f.code()).isEqualTo("InvalidParameterValueException");
              assertThat(f.message())
                  .startsWith("Value python2.9 at 'runtime' failed to satisfy constraint");
            });
  }

  @Test
  void aRoleIsRequiredOnCreateAndMustBeAnIamRoleArn() {
    assertThat(ConfigurationRules.check(change("java21", null, null, null, null), true))
        .hasValueSatisfying(f -> assertThat(f.code()).isEqualTo("ValidationException"));
    assertThat(
            ConfigurationRules.check(
                change("java21", "arn:aws:iam::1:user/x", null, null, null), true))
        .isPresent();
    assertThat(ConfigurationRules.check(change(null, null, null, null, null), false)).isEmpty();
  }

  @Test
  void timeoutAndMemoryStayWithinLambdasBounds() {
    assertThat(ConfigurationRules.check(change(null, null, 900, 10240, null), false)).isEmpty();
    assertThat(ConfigurationRules.check(change(null, null, 0, null, null), false))
        .hasValueSatisfying(
            f ->
                assertThat(f.message())
                    .endsWith("Member must have value greater than or equal to 1"));
    assertThat(ConfigurationRules.check(change(null, null, null, 127, null), false))
        .hasValueSatisfying(f -> assertThat(f.message()).contains("'127' at 'memorySize'"));
  }

  @Test
  void lambdasReservedVariablesCannotBeSet() {
    var failure =
        ConfigurationRules.check(change(null, null, null, null, Map.of("AWS_REGION", "x")), false);

    assertThat(failure)
        .hasValueSatisfying(
            f ->
                assertThat(f.message()).endsWith("Reserved keys used in this request: AWS_REGION"));
  }
}
