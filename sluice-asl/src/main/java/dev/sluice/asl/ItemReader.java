package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Map state's ItemReader as written: where the items come from instead of the state's input.
 *
 * @param resource {@code arn:aws:states:::s3:getObject} or {@code ...:s3:listObjectsV2}
 * @param parameters Parameters (JSONPath) or Arguments (JSONata): Bucket and Key or Prefix
 * @param readerConfig ReaderConfig (InputType, CSVHeaderLocation, CSVHeaders, CSVDelimiter,
 *     MaxItems, MaxItemsPath), an empty object when absent
 */
public record ItemReader(String resource, JsonNode parameters, JsonNode readerConfig) {

  /** The ItemReader of a Map state's {@code definition}, or null when it has none. */
  public static ItemReader of(JsonNode definition) {
    JsonNode reader = definition == null ? null : definition.get("ItemReader");
    if (reader == null || !reader.isObject()) {
      return null;
    }
    JsonNode parameters =
        reader.has("Arguments") ? reader.get("Arguments") : reader.get("Parameters");
    return new ItemReader(
        reader.path("Resource").asText(), parameters, reader.path("ReaderConfig"));
  }

  /** The S3 action the resource names: {@code getObject} or {@code listObjectsV2}. */
  public String action() {
    return resource.substring(resource.lastIndexOf(':') + 1);
  }
}
