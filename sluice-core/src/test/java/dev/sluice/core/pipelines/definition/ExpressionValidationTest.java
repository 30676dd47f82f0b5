package dev.sluice.core.pipelines.definition;

import static dev.sluice.core.pipelines.definition.Reports.errors;
import static dev.sluice.core.pipelines.definition.Reports.onDemand;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code #{...}} expressions are closed, not empty, and use names the pipeline declares. */
class ExpressionValidationTest {

  private static String command(String command, String extra) {
    var activity =
        """
        {"id": "Hello", "type": "ShellCommandActivity", "runsOn": {"ref": "Ec2"},
         "command": "%s" %s}"""
            .formatted(command, extra);
    return onDemand(activity);
  }

  private static String withParameters(String json, String parameters) {
    return json.substring(0, json.lastIndexOf('}')) + ", \"parameters\": [" + parameters + "]}";
  }

  @Test
  void reportsAnExpressionThatIsNotClosed() {
    assertThat(errors(command("echo #{@scheduledStartTime", ""), "Hello"))
        .containsExactly(
            "INVALID_EXPRESSION:  'command' value has an expression without its closing '}'.");
  }

  @Test
  void reportsAnEmptyExpression() {
    assertThat(errors(command("echo #{ }", ""), "Hello"))
        .containsExactly("INVALID_EXPRESSION:  'command' value has an empty expression '#{}'.");
  }

  @Test
  void acceptsBracesAndQuotesInsideAnExpression() {
    var json = command("echo #{format(@scheduledStartTime,'YYYY-MM-dd {x}')} }", "");

    assertThat(errors(json, "Hello")).isEmpty();
  }

  @Test
  void reportsANameThatIsNeitherAParameterNorAField() {
    assertThat(errors(command("echo #{myGreeting}", ""), "Hello"))
        .containsExactly(
            "INVALID_EXPRESSION:  'command' refers to 'myGreeting', which is neither a parameter"
                + " nor a field of this object.");
  }

  @Test
  void acceptsADeclaredParameter() {
    var json =
        withParameters(
            command("echo #{myGreeting}", ""),
            "{\"id\": \"myGreeting\", \"type\": \"String\", \"default\": \"hi\"}");

    assertThat(errors(json, "Hello")).isEmpty();
  }

  @Test
  void acceptsAMaskedParameterByEitherName() {
    var json =
        withParameters(
            command("login #{*myPassword} #{myPassword}", ""),
            "{\"id\": \"*myPassword\", \"type\": \"String\"}");

    assertThat(errors(json, "Hello")).isEmpty();
  }

  @Test
  void acceptsAUserDefinedFieldOfTheObjectOrItsParents() {
    var json = command("echo #{myGreeting}", ", \"myGreeting\": \"hi\"");

    assertThat(errors(json, "Hello")).isEmpty();
  }

  @Test
  void leavesFieldsOfOtherObjectsAndQuotedTextAlone() {
    var json = command("echo #{node.myGreeting} #{format(@scheduledStartTime,'myYear')}", "");

    assertThat(errors(json, "Hello")).isEmpty();
  }
}
