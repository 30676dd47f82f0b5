package dev.sluice.it.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/** The calls a service case made before its execution started ({@code setup}). */
final class CaseSetup {
  private CaseSetup() {}

  static void apply(JsonNode setup, Tokens tokens, S3Client s3, SnsClient sns) {
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
        case "sns.create_topic" -> createTopic(sns, tokens.apply(params.path("Name").asText()));
        case "sns.delete_topic" ->
            sns.deleteTopic(b -> b.topicArn(tokens.apply(params.path("TopicArn").asText())));
        case "sns.subscribe" ->
            sns.subscribe(
                b ->
                    b.topicArn(tokens.apply(params.path("TopicArn").asText()))
                        .protocol(params.path("Protocol").asText())
                        .endpoint(tokens.apply(params.path("Endpoint").asText())));
        default -> {
          // other services' setup belongs to their issues (SQS, DynamoDB)
        }
      }
    }
  }

  /**
   * A name ending in {@code .fifo} is a FIFO topic, which SNS creates only with {@code
   * FifoTopic=true}; content-based deduplication spares the cases a MessageDeduplicationId.
   */
  private static void createTopic(SnsClient sns, String name) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (name.endsWith(".fifo")) {
      attributes.put("FifoTopic", "true");
      attributes.put("ContentBasedDeduplication", "true");
    }
    sns.createTopic(b -> b.name(name).attributes(attributes));
  }
}
