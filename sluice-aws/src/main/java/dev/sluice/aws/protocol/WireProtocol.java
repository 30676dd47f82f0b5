package dev.sluice.aws.protocol;

/** The AWS wire protocols Sluice speaks, as botocore's models name them. */
public enum WireProtocol {
  /** {@code json} with {@code jsonVersion 1.0}: Step Functions, SQS. */
  JSON_1_0("application/x-amz-json-1.0"),
  /** {@code json} with {@code jsonVersion 1.1}: Glue, Data Pipeline, EventBridge. */
  JSON_1_1("application/x-amz-json-1.1"),
  /** {@code query}: form-encoded {@code Action=...} requests, XML answers (SNS). */
  QUERY("text/xml"),
  /** {@code rest-json}: Lambda, EventBridge Scheduler. */
  REST_JSON("application/json"),
  /** {@code rest-xml}: S3. */
  REST_XML("application/xml");

  private final String contentType;

  WireProtocol(String contentType) {
    this.contentType = contentType;
  }

  /** The Content-Type of this protocol's error bodies. */
  public String contentType() {
    return contentType;
  }

  public boolean isJson() {
    return this == JSON_1_0 || this == JSON_1_1;
  }
}
