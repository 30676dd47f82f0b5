package dev.sluice.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AslParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Parsed parse(String definition) throws Exception {
    return AslParser.parse(JSON.readTree(definition));
  }

  @Test
  void parsesEveryStateTypeIntoItsRecord() throws Exception {
    Parsed parsed =
        parse(
            """
            {"StartAt":"P","TimeoutSeconds":30,"States":{
              "P":{"Type":"Pass","Next":"T"},
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","Next":"C"},
              "C":{"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,"Next":"W"}],
                   "Default":"F"},
              "W":{"Type":"Wait","Seconds":1,"Next":"Par"},
              "Par":{"Type":"Parallel","Branches":[{"StartAt":"S1","States":{"S1":{"Type":"Succeed"}}}],
                     "Next":"M"},
              "M":{"Type":"Map","ItemProcessor":{"StartAt":"S2","States":{"S2":{"Type":"Succeed"}}},
                   "Next":"S"},
              "S":{"Type":"Succeed"},
              "F":{"Type":"Fail","Error":"E","Cause":"C"}}}
            """);
    assertThat(parsed).isInstanceOf(Parsed.Valid.class);
    StateMachine machine = ((Parsed.Valid) parsed).machine();
    assertThat(machine.timeoutSeconds()).isEqualTo(30);
    assertThat(machine.states().values())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly(
            "Pass", "Task", "Choice", "Wait", "Parallel", "MapState", "Succeed", "Fail");
  }

  @Test
  void rejectsATransitionToAStateThatDoesNotExist() throws Exception {
    Parsed parsed =
        parse("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"}}}");
    assertThat(((Parsed.Invalid) parsed).message())
        .isEqualTo(
            "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target:"
                + " B at /States/A/Next'");
  }

  @Test
  void rejectsAnUnknownStateType() throws Exception {
    Parsed parsed =
        parse("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Nope\",\"End\":true}}}");
    assertThat(((Parsed.Invalid) parsed).problems())
        .singleElement()
        .asString()
        .startsWith("SCHEMA_VALIDATION_FAILED:")
        .endsWith("at /States/A/Type");
  }

  @Test
  void namesTheMissingTopLevelFieldsAsAwsDoes() throws Exception {
    assertThat(((Parsed.Invalid) parse("{}")).problems())
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: These fields are required: [States, StartAt] at /");
  }

  @Test
  void rejectsAWaitTimestampThatIsNotRfc3339() throws Exception {
    Parsed parsed =
        parse(
            "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\","
                + "\"Timestamp\":\"2016-12-05 21:29:29Z\",\"End\":true}}}");
    assertThat(((Parsed.Invalid) parsed).message())
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: String does not match"
                + " RFC3339 timestamp at /States/W/Timestamp'");
  }
}
