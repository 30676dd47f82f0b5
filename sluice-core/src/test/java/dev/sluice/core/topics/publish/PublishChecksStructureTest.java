package dev.sluice.core.topics.publish;

import static dev.sluice.core.topics.publish.PublishChecksFixture.standard;
import static dev.sluice.core.topics.publish.PublishChecksFixture.standardFailure;
import static dev.sluice.core.topics.publish.PublishChecksFixture.structured;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishChecksStructureTest {

  private static final Failure FAILED_TO_PARSE =
      Failure.of(
          "InvalidParameter",
          400,
          "Invalid parameter: Message Structure - JSON message body failed to parse");

  @Test
  void splitsAJsonMessageIntoPerProtocolTexts() {
    String message = "{\"default\":\"plain\",\"sqs\":\"for queues\"}";

    var checked = standard(structured("json", message)).value();

    assertThat(checked.message()).isEqualTo(message);
    assertThat(checked.structure()).isEqualTo(Map.of("default", "plain", "sqs", "for queues"));
    assertThat(checked.messageFor("sqs")).isEqualTo("for queues");
    assertThat(checked.messageFor("email")).isEqualTo("plain");
  }

  @Test
  void refusesAJsonMessageWithoutADefaultEntry() {
    assertThat(standardFailure(structured("json", "{\"sqs\":\"for queues\"}")))
        .isEqualTo(
            Failure.of(
                "InvalidParameter",
                400,
                "Invalid parameter: Message Structure - No default entry in JSON message body"));
  }

  @Test
  void refusesAMessageThatIsNotJson() {
    assertThat(standardFailure(structured("json", "not json"))).isEqualTo(FAILED_TO_PARSE);
  }

  @Test
  void refusesJsonThatIsNotAnObject() {
    assertThat(standardFailure(structured("json", "[\"default\"]"))).isEqualTo(FAILED_TO_PARSE);
  }

  @Test
  void refusesNonStringValues() {
    assertThat(standardFailure(structured("json", "{\"default\":{\"a\":1}}")))
        .isEqualTo(FAILED_TO_PARSE);
  }

  @Test
  void refusesAStructureOtherThanJson() {
    assertThat(standardFailure(structured("xml", "{\"default\":\"x\"}")))
        .isEqualTo(Failure.of("InvalidParameter", 400, "Invalid parameter: MessageStructure"));
  }
}
