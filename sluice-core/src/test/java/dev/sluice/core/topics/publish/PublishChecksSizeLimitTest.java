package dev.sluice.core.topics.publish;

import static dev.sluice.core.topics.publish.PublishChecksFixture.input;
import static dev.sluice.core.topics.publish.PublishChecksFixture.standard;
import static dev.sluice.core.topics.publish.PublishChecksFixture.standardFailure;
import static dev.sluice.core.topics.publish.PublishChecksFixture.withAttributes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import dev.sluice.core.topics.MessageAttribute;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishChecksSizeLimitTest {

  private static final Failure TOO_LONG =
      Failure.of("InvalidParameter", 400, "Invalid parameter: Message too long");

  @Test
  void acceptsAMessageOfExactly262144Bytes() {
    assertThat(standard(input("a".repeat(262_144), null)).isOk()).isTrue();
  }

  @Test
  void refusesAMessageOf262145Bytes() {
    assertThat(standardFailure(input("a".repeat(262_145), null))).isEqualTo(TOO_LONG);
  }

  @Test
  void countsUtf8BytesNotCharacters() {
    String twoByteChars = "é".repeat(131_072);
    assertThat(standard(input(twoByteChars, null)).isOk()).isTrue();
    assertThat(standardFailure(input(twoByteChars + "a", null))).isEqualTo(TOO_LONG);
  }

  @Test
  void countsTheAttributesNameTypeAndValue() {
    // name "k" (1) + type "String" (6) + value "v" (1) = 8 bytes
    var attributes = Map.of("k", MessageAttribute.string("v"));

    assertThat(standard(withAttributes("a".repeat(262_136), attributes)).isOk()).isTrue();
    assertThat(standardFailure(withAttributes("a".repeat(262_137), attributes)))
        .isEqualTo(TOO_LONG);
  }

  @Test
  void countsBinaryAttributeValuesByTheirBytes() {
    // name "b" (1) + type "Binary" (6) + 10 bytes = 17 bytes
    var attributes = Map.of("b", new MessageAttribute("Binary", null, new byte[10]));

    assertThat(standard(withAttributes("a".repeat(262_127), attributes)).isOk()).isTrue();
    assertThat(standardFailure(withAttributes("a".repeat(262_128), attributes)))
        .isEqualTo(TOO_LONG);
  }
}
