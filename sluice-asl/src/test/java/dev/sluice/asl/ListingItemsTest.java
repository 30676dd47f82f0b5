package dev.sluice.asl;

import static dev.sluice.asl.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingItemsTest {

  private static final ItemRead LIST =
      new ItemRead("listObjectsV2", json("{\"Bucket\": \"b\"}"), null, null, ',', 0);

  @Test
  void eachObjectBecomesTheShapeAwsHandsToTheChildren() {
    ListedObject object =
        new ListedObject("in/a.txt", "abc", Instant.parse("2024-05-01T10:00:00Z"), 5, null);

    ReaderOutcome outcome = ListingItems.of(LIST, List.of(object));

    // compared as text: the numbers are longs, which JsonNode.equals tells from ints
    assertThat(((ReaderOutcome.Items) outcome).items().toString())
        .isEqualTo(
            "[{\"Etag\":\"\\\"abc\\\"\",\"Key\":\"in/a.txt\",\"LastModified\":1714557600,"
                + "\"Size\":5,\"StorageClass\":\"STANDARD\"}]");
  }

  @Test
  void maxItemsKeepsTheFirstObjects() {
    Instant now = Instant.parse("2024-05-01T10:00:00Z");
    ItemRead two = new ItemRead("listObjectsV2", json("{}"), null, null, ',', 1);

    ReaderOutcome outcome =
        ListingItems.of(
            two,
            List.of(
                new ListedObject("a", "\"e\"", now, 1, "STANDARD"),
                new ListedObject("b", "\"e\"", now, 1, "STANDARD")));

    assertThat(((ReaderOutcome.Items) outcome).items()).hasSize(1);
  }
}
