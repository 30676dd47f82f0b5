package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A read the caller must do before a Map state's items exist: its ItemReader with every path and
 * expression resolved.
 *
 * @param action {@code getObject} (one object, parsed as {@code inputType}) or {@code
 *     listObjectsV2} (the objects under a prefix)
 * @param arguments the resolved Parameters/Arguments: Bucket, and Key or Prefix
 * @param inputType JSON, JSONL, CSV or MANIFEST (null for listObjectsV2)
 * @param csvHeaders the CSVHeaders when CSVHeaderLocation is GIVEN, else null (the first row)
 * @param delimiter the CSV field delimiter
 * @param maxItems the most items to read, 0 for all
 */
public record ItemRead(
    String action,
    JsonNode arguments,
    String inputType,
    List<String> csvHeaders,
    char delimiter,
    long maxItems) {

  /** The bucket to read from. */
  public String bucket() {
    return arguments.path("Bucket").asText(null);
  }

  /** The object key (getObject). */
  public String key() {
    return arguments.path("Key").asText(null);
  }

  /** The key prefix (listObjectsV2), null for the whole bucket. */
  public String prefix() {
    return arguments.path("Prefix").asText(null);
  }
}
