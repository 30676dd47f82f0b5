package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The items an ItemReader produced from what it read, or why it could not. */
public sealed interface ReaderOutcome {

  /** The error every ItemReader failure carries. */
  String ITEM_READER_FAILED = "States.ItemReaderFailed";

  /** The items, in order. */
  record Items(List<JsonNode> items) implements ReaderOutcome {}

  /** The reader failed: the Map run fails with {@code error} and {@code cause}. */
  record Failed(String error, String cause) implements ReaderOutcome {
    /** A {@code States.ItemReaderFailed} failure. */
    public static Failed reader(String cause) {
      return new Failed(ITEM_READER_FAILED, cause);
    }
  }
}
