package dev.sluice.it.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The calls a service case made before its execution started ({@code setup}). */
final class CaseSetup {
  private CaseSetup() {}

  static void apply(JsonNode setup, Tokens tokens, S3Client s3) {
    for (JsonNode call : setup) {
      String api = call.path("service").asText() + "." + call.path("op").asText();
      JsonNode params = call.path("params");
      String bucket = tokens.apply(params.path("Bucket").asText());
      switch (api) {
        case "s3.create_bucket" -> s3.createBucket(b -> b.bucket(bucket));
        case "s3.put_object" -> {
          JsonNode body = params.path("Body");
          String text = body.isTextual() ? PythonBytes.content(body.asText()) : body.toString();
          s3.putObject(
              // boto3 stored these without a content type: S3 then answers binary/octet-stream
              b ->
                  b.bucket(bucket)
                      .key(tokens.apply(params.path("Key").asText()))
                      .contentType("binary/octet-stream"),
              RequestBody.fromString(tokens.apply(text)));
        }
        default -> {
          // other services' setup belongs to their issues (SNS, SQS, DynamoDB)
        }
      }
    }
  }
}
