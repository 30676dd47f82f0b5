package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Map state's ResultWriter as written: its child executions' results go to S3 instead of the
 * state's output.
 *
 * @param resource {@code arn:aws:states:::s3:putObject}
 * @param parameters Parameters (JSONPath) or Arguments (JSONata): Bucket and Prefix
 * @param writerConfig WriterConfig (OutputType JSON | JSONL, Transformation NONE | COMPACT |
 *     FLATTEN), an empty object when absent
 */
public record ResultWriter(String resource, JsonNode parameters, JsonNode writerConfig) {

  /** The ResultWriter of a Map state's {@code definition}, or null when it has none. */
  public static ResultWriter of(JsonNode definition) {
    JsonNode writer = definition == null ? null : definition.get("ResultWriter");
    if (writer == null || !writer.isObject()) {
      return null;
    }
    JsonNode parameters =
        writer.has("Arguments") ? writer.get("Arguments") : writer.get("Parameters");
    return new ResultWriter(
        writer.path("Resource").asText(), parameters, writer.path("WriterConfig"));
  }
}
