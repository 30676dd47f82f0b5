package dev.sluice.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefinitionRulesTest {

  private static String message(String definition, boolean express) {
    Checked checked = DefinitionCheck.check(definition, express);
    return checked instanceof Checked.Invalid invalid ? invalid.message() : "valid";
  }

  private static String message(String definition) {
    return message(definition, false);
  }

  @Test
  void reportsAMissingTargetAndAnUnreachableStateJoinedAsAwsDoes() {
    assertThat(
            message(
                """
                {"StartAt":"pass1","States":{
                  "pass1":{"Type":"Pass","Next":"pass3"},
                  "pass2":{"Type":"Pass","End":true}}}
                """))
        .isEqualTo(
            "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target:"
                + " pass3 at /States/pass1/Next, MISSING_TRANSITION_TARGET: State \"pass2\" is not"
                + " reachable. at /States/pass2'");
  }

  @Test
  void countsCatchersChoicesAndDefaultsAsTransitions() {
    assertThat(
            message(
                """
                {"StartAt":"C","States":{
                  "C":{"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,"Next":"T"}],
                       "Default":"D"},
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true,
                       "Catch":[{"ErrorEquals":["States.ALL"],"Next":"H"}]},
                  "D":{"Type":"Succeed"},
                  "H":{"Type":"Fail"}}}
                """))
        .isEqualTo("valid");
  }

  @Test
  void rejectsACatcherWhoseNextDoesNotExist() {
    assertThat(
            message(
                """
                {"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true,
                       "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Nowhere"}]}}}
                """))
        .isEqualTo(
            "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target:"
                + " Nowhere at /States/T/Catch[0]/Next'");
  }

  @Test
  void rejectsAStateNameUsedAgainInsideABranch() {
    assertThat(
            message(
                """
                {"StartAt":"M","States":{
                  "M":{"Type":"Map","Next":"Final","ItemProcessor":{"StartAt":"Final",
                       "States":{"Final":{"Type":"Succeed"}}}},
                  "Final":{"Type":"Succeed"}}}
                """))
        .isEqualTo(
            "Invalid State Machine Definition: 'DUPLICATE_STATE_NAME: Duplicate State name: Final"
                + " at /States/Final'");
  }

  @Test
  void rejectsAChoiceWithoutChoices() {
    assertThat(
            message(
                """
                {"StartAt":"C","States":{"C":{"Type":"Choice","Default":"S"},"S":{"Type":"Succeed"}}}
                """))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are"
                + " required: [Choices] at /States/C'");
  }

  @Test
  void rejectsAFailWithBothErrorAndErrorPath() {
    assertThat(
            message(
                """
                {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E","ErrorPath":"$.e"}}}
                """))
        .startsWith("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED:")
        .endsWith(" at /States/F'");
  }

  @Test
  void rejectsSyncAndActivityTasksOnlyInExpressMachines() {
    String sync =
        """
        {"StartAt":"T","States":{"T":{"Type":"Task",
          "Resource":"arn:aws:states:::glue:startJobRun.sync","End":true}}}
        """;
    assertThat(message(sync, false)).isEqualTo("valid");
    assertThat(message(sync, true))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine"
                + " does not support '.sync' service integration at /States/T/Resource'");
    String activity =
        """
        {"StartAt":"T","States":{"T":{"Type":"Task",
          "Resource":"arn:aws:states:us-east-1:111111111111:activity:work","End":true}}}
        """;
    assertThat(message(activity, false)).isEqualTo("valid");
    assertThat(message(activity, true)).contains("does not support Activity ARN");
  }

  @Test
  void reportsDiagnosticsWithLocationAndSeverity() {
    Checked checked = DefinitionCheck.check("{\"States\":{}}", false);
    assertThat(((Checked.Invalid) checked).diagnostics())
        .containsExactly(
            new Diagnostic(
                "SCHEMA_VALIDATION_FAILED", "/", "These fields are required: [StartAt]", "ERROR"));
  }

  @Test
  void returnsTheParsedMachineOfAValidDefinition() {
    Checked checked =
        DefinitionCheck.check(
            "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}", true);
    assertThat(((Checked.Valid) checked).machine().startAt()).isEqualTo("P");
  }

  @Test
  void rejectsTextThatIsNotJson() {
    Checked checked = DefinitionCheck.check("{\"StartAt\": ", false);
    assertThat(((Checked.Invalid) checked).diagnostics())
        .singleElement()
        .extracting(Diagnostic::code)
        .isEqualTo("INVALID_JSON_DESCRIPTION");
  }

  @Test
  void rejectsAWorkflowWithoutATerminalState() {
    assertThat(
            message(
                """
                {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
                                         "B":{"Type":"Pass","Next":"A"}}}
                """))
        .isEqualTo(
            "Invalid State Machine Definition: 'MISSING_END_STATE: Workflow has no terminal state"
                + " at null'");
  }

  @Test
  void reportsAnUnreachableTerminalStateRatherThanAMissingOne() {
    assertThat(
            message(
                """
                {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
                  "B":{"Type":"Pass","Next":"A"},"C":{"Type":"Pass","End":true}}}
                """))
        .isEqualTo(
            "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: State \"C\" is not"
                + " reachable. at /States/C'");
  }

  @Test
  void rejectsTimeoutSecondsOutsideATask() {
    assertThat(
            message(
                """
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"TimeoutSeconds":5,
                  "Branches":[{"StartAt":"S","States":{"S":{"Type":"Succeed"}}}]}}}
                """))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Field 'TimeoutSeconds'"
                + " is not supported at /States/P'");
  }

  @Test
  void rejectsCatchOnAPassState() {
    assertThat(
            message(
                """
                {"StartAt":"P","States":{"P":{"Type":"Pass","End":true,
                  "Catch":[{"ErrorEquals":["States.ALL"],"Next":"P"}]}}}
                """))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Field 'Catch' is not"
                + " supported at /States/P'");
  }

  @Test
  void rejectsAJsonataOnlyFieldOnAJsonPathState() {
    assertThat(
            message(
                """
                {"StartAt":"P","States":{"P":{"Type":"Pass","End":true,"Output":{"a":1}}}}
                """))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: The QueryLanguage is set"
                + " to 'JSONPath', but field 'Output' is only supported for the 'JSONata'"
                + " QueryLanguage at /States/P'");
    assertThat(
            message(
                """
                {"QueryLanguage":"JSONata","StartAt":"P",
                 "States":{"P":{"Type":"Pass","End":true,"Output":{"a":1}}}}
                """))
        .isEqualTo("valid");
  }

  @Test
  void rejectsAQueryLanguageOnAnItemProcessor() {
    assertThat(
            message(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
                  "ItemProcessor":{"QueryLanguage":"JSONata","StartAt":"S",
                                   "States":{"S":{"Type":"Succeed"}}}}}}
                """))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Field 'QueryLanguage' is"
                + " not supported at /States/M/ItemProcessor'");
  }
}
