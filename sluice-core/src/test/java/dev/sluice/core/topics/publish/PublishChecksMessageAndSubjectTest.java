package dev.sluice.core.topics.publish;

import static dev.sluice.core.topics.publish.PublishChecksFixture.input;
import static dev.sluice.core.topics.publish.PublishChecksFixture.standard;
import static dev.sluice.core.topics.publish.PublishChecksFixture.standardFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import org.junit.jupiter.api.Test;

class PublishChecksMessageAndSubjectTest {

  private static final Failure EMPTY =
      Failure.of("InvalidParameter", 400, "Invalid parameter: Empty message");
  private static final Failure SUBJECT =
      Failure.of("InvalidParameter", 400, "Invalid parameter: Subject");

  @Test
  void acceptsAPlainMessageAndKeepsItAsSent() {
    var checked = standard(input("hello", "Greeting")).value();

    assertThat(checked.message()).isEqualTo("hello");
    assertThat(checked.subject()).isEqualTo("Greeting");
    assertThat(checked.structure()).isEmpty();
    assertThat(checked.messageGroupId()).isNull();
    assertThat(checked.deduplicationId()).isNull();
    assertThat(checked.messageFor("email")).isEqualTo("hello");
  }

  @Test
  void refusesAMissingMessage() {
    assertThat(standardFailure(input(null, null))).isEqualTo(EMPTY);
  }

  @Test
  void refusesAnEmptyMessage() {
    assertThat(standardFailure(input("", null))).isEqualTo(EMPTY);
  }

  @Test
  void acceptsNoSubject() {
    assertThat(standard(input("hello", null)).isOk()).isTrue();
  }

  @Test
  void refusesAnEmptySubject() {
    assertThat(standardFailure(input("hello", ""))).isEqualTo(SUBJECT);
  }

  @Test
  void acceptsASubjectOf100CharactersAndRefuses101() {
    assertThat(standard(input("hello", "s".repeat(100))).isOk()).isTrue();
    assertThat(standardFailure(input("hello", "s".repeat(101)))).isEqualTo(SUBJECT);
  }

  @Test
  void refusesASubjectWithALineBreak() {
    assertThat(standardFailure(input("hello", "first\nsecond"))).isEqualTo(SUBJECT);
  }

  @Test
  void refusesASubjectWithNonAsciiCharacters() {
    assertThat(standardFailure(input("hello", "Grüße"))).isEqualTo(SUBJECT);
  }

  @Test
  void refusesASubjectStartingWithASpace() {
    assertThat(standardFailure(input("hello", " late start"))).isEqualTo(SUBJECT);
  }

  @Test
  void acceptsASubjectStartingWithPunctuation() {
    assertThat(standard(input("hello", "[alarm] disk full")).isOk()).isTrue();
  }

  @Test
  void checksTheMessageBeforeTheSubject() {
    assertThat(standardFailure(input("", ""))).isEqualTo(EMPTY);
  }
}
