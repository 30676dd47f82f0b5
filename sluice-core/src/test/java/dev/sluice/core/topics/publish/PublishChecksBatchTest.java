package dev.sluice.core.topics.publish;

import static dev.sluice.core.topics.publish.PublishChecksFixture.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import dev.sluice.core.topics.PublishBatchEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishChecksBatchTest {

  private static List<PublishBatchEntry> entries(int count) {
    var entries = new ArrayList<PublishBatchEntry>();
    for (int i = 0; i < count; i++) {
      entries.add(entry("id-" + i, "message " + i));
    }
    return entries;
  }

  @Test
  void acceptsOneToTenEntries() {
    assertThat(PublishChecks.checkBatch(entries(1)).isOk()).isTrue();
    assertThat(PublishChecks.checkBatch(entries(10)).isOk()).isTrue();
  }

  @Test
  void refusesAnEmptyBatch() {
    assertThat(PublishChecks.checkBatch(List.of()).failure())
        .isEqualTo(
            Failure.of("EmptyBatchRequest", 400, "The batch request doesn't contain any entries."));
  }

  @Test
  void refusesMoreThanTenEntries() {
    assertThat(PublishChecks.checkBatch(entries(11)).failure())
        .isEqualTo(
            Failure.of(
                "TooManyEntriesInBatchRequest",
                400,
                "The batch request contains more entries than permissible."));
  }

  @Test
  void refusesRepeatedIds() {
    assertThat(PublishChecks.checkBatch(List.of(entry("a", "1"), entry("a", "2"))).failure())
        .isEqualTo(
            Failure.of(
                "BatchEntryIdsNotDistinct",
                400,
                "Two or more batch entries in the request have the same Id."));
  }

  @Test
  void acceptsIdsOf80CharactersAndRefusesLongerOrOddOnes() {
    var invalid =
        Failure.of(
            "InvalidBatchEntryId",
            400,
            "A batch entry id can only contain alphanumeric characters, hyphens and underscores."
                + " It can be at most 80 letters long.");

    assertThat(PublishChecks.checkBatch(List.of(entry("A_b-9".repeat(16), "m"))).isOk()).isTrue();
    assertThat(PublishChecks.checkBatch(List.of(entry("a".repeat(81), "m"))).failure())
        .isEqualTo(invalid);
    assertThat(PublishChecks.checkBatch(List.of(entry("a.b", "m"))).failure()).isEqualTo(invalid);
    assertThat(PublishChecks.checkBatch(List.of(entry("", "m"))).failure()).isEqualTo(invalid);
  }

  @Test
  void refusesMessagesTogetherLongerThan256KiB() {
    var half = entry("a", "x".repeat(131_072));
    var otherHalf = entry("b", "x".repeat(131_072));
    var oneMore = entry("b", "x".repeat(131_073));

    assertThat(PublishChecks.checkBatch(List.of(half, otherHalf)).isOk()).isTrue();
    assertThat(PublishChecks.checkBatch(List.of(half, oneMore)).failure())
        .isEqualTo(
            Failure.of(
                "BatchRequestTooLong",
                400,
                "The length of all the messages put together is more than the limit."));
  }

  @Test
  void checksEachEntryWithTheSingleMessageRules() {
    var noMessage = new PublishBatchEntry("a", "", null, null, Map.of(), null, null);
    var fifoEntry = new PublishBatchEntry("b", "hello", null, null, Map.of(), "g", null);

    assertThat(PublishChecks.check(noMessage, false, false).failure().message())
        .isEqualTo("Invalid parameter: Empty message");
    assertThat(PublishChecks.check(fifoEntry, true, true).value().messageGroupId()).isEqualTo("g");
  }
}
