package dev.sluice.aws.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.NewExecution;
import org.junit.jupiter.api.Test;

/** The model's constraints on input members, as AWS's ValidationException words them. */
class StatesInputValidationTest extends StatesCalls {
  private static final String VALIDATION = "com.amazon.coral.validate#ValidationException";

  private String message(String operation, String body) throws Exception {
    var response = call(operation, body);
    assertThat(response.status()).isEqualTo(400);
    var json = json(response);
    assertThat(json.path("__type").asText()).isEqualTo(VALIDATION);
    return json.path("message").asText();
  }

  @Test
  void aMissingRequiredMemberMustNotBeNull() throws Exception {
    assertThat(message("StartExecution", "{\"name\":\"n\"}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'stateMachineArn' failed to satisfy"
                + " constraint: Member must not be null");
    assertThat(service.calls).isEmpty();
  }

  @Test
  void severalProblemsAreCountedAndJoined() throws Exception {
    assertThat(
            message("CreateStateMachine", "{\"name\":\"m\",\"roleArn\":\"r\",\"type\":\"FAST\"}"))
        .isEqualTo(
            "2 validation errors detected: Value null at 'definition' failed to satisfy"
                + " constraint: Member must not be null; Value 'FAST' at 'type' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]");
  }

  @Test
  void aNameLongerThan80IsShownWithItsLength() throws Exception {
    var name = "a".repeat(81);

    assertThat(
            message(
                "StartExecution",
                "{\"stateMachineArn\":\"" + PREFIX + "stateMachine:m\",\"name\":\"" + name + "\"}"))
        .isEqualTo(
            "1 validation error detected: Value '"
                + name
                + "' at 'name' failed to satisfy constraint: Member must have length less than or"
                + " equal to 80");
  }

  @Test
  void tooLargeInputIsReportedWithoutItsValue() throws Exception {
    var input = "\\\"" + "a".repeat(262_144) + "\\\"";

    assertThat(
            message(
                "StartExecution",
                "{\"stateMachineArn\":\""
                    + PREFIX
                    + "stateMachine:m\",\"input\":\""
                    + input
                    + "\"}"))
        .isEqualTo(
            "1 validation error detected: Value at 'input' failed to satisfy constraint: Member"
                + " must have size less than or equal to 262144 bytes in UTF-8 encoding");
  }

  @Test
  void anUnknownStatusFilterListsTheValuesInAwsOrder() throws Exception {
    assertThat(
            message(
                "ListExecutions",
                "{\"stateMachineArn\":\""
                    + PREFIX
                    + "stateMachine:m\",\"statusFilter\":\"succeeded\"}"))
        .isEqualTo(
            "1 validation error detected: Value 'succeeded' at 'statusFilter' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [SUCCEEDED, TIMED_OUT,"
                + " PENDING_REDRIVE, ABORTED, FAILED, RUNNING]");
  }

  @Test
  void pageSizesAboveTheMaximumAreRejected() throws Exception {
    assertThat(message("ListStateMachines", "{\"maxResults\":1001}"))
        .isEqualTo(
            "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy"
                + " constraint: Member must have value less than or equal to 1000");
  }

  @Test
  void aliasNamesMustMatchThePattern() throws Exception {
    assertThat(
            message(
                "CreateStateMachineAlias",
                "{\"name\":\"123\",\"routingConfiguration\":[{\"stateMachineVersionArn\":\"v\","
                    + "\"weight\":101}]}"))
        .isEqualTo(
            "2 validation errors detected: Value '123' at 'name' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern:"
                + " ^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$; Value '101' at"
                + " 'routingConfiguration.1.member.weight' failed to satisfy constraint: Member"
                + " must have value less than or equal to 100");
  }

  @Test
  void membersTheShapeDoesNotKnowAreIgnored() throws Exception {
    service.answer("StartExecution", Result.err(dev.sluice.core.result.Failure.of("X", 400, "x")));
    var arn = PREFIX + "stateMachine:m";

    call(
        "StartExecution",
        "{\"stateMachineArn\":\"" + arn + "\",\"color\":\"blue\",\"input\":\"{}\"}");

    assertThat(service.calls)
        .containsExactly(
            java.util.List.of("StartExecution", new NewExecution(arn, null, "{}", null)));
  }
}
