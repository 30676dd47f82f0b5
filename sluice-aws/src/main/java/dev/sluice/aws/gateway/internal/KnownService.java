package dev.sluice.aws.gateway.internal;

import dev.sluice.aws.protocol.QueryErrors;
import dev.sluice.aws.protocol.WireProtocol;
import java.util.Arrays;
import java.util.Optional;

/** The services Sluice knows how to route to, with what identifies their requests. */
public enum KnownService {
  S3("s3", WireProtocol.REST_XML, null, null, null),
  LAMBDA("lambda", WireProtocol.REST_JSON, null, null, null),
  SCHEDULER("scheduler", WireProtocol.REST_JSON, null, null, null),
  STATES("states", WireProtocol.JSON_1_0, "AWSStepFunctions", null, null),
  GLUE("glue", WireProtocol.JSON_1_1, "AWSGlue", null, null),
  DATAPIPELINE("datapipeline", WireProtocol.JSON_1_1, "DataPipeline", null, null),
  EVENTS("events", WireProtocol.JSON_1_1, "AWSEvents", null, null),
  LOGS("logs", WireProtocol.JSON_1_1, "Logs_20140328", null, null),
  /** SQS speaks json 1.0 to current SDKs and query to older ones. */
  SQS("sqs", WireProtocol.JSON_1_0, "AmazonSQS", "2012-11-05", QueryErrors.SQS_NAMESPACE),
  SNS("sns", WireProtocol.QUERY, null, "2010-03-31", QueryErrors.SNS_NAMESPACE);

  private final String signingName;
  private final WireProtocol protocol;
  private final String targetPrefix;
  private final String queryVersion;
  private final String xmlNamespace;

  KnownService(
      String signingName,
      WireProtocol protocol,
      String targetPrefix,
      String queryVersion,
      String xmlNamespace) {
    this.signingName = signingName;
    this.protocol = protocol;
    this.targetPrefix = targetPrefix;
    this.queryVersion = queryVersion;
    this.xmlNamespace = xmlNamespace;
  }

  public String signingName() {
    return signingName;
  }

  /** The protocol of this service's JSON/REST requests (query requests are recognised apart). */
  public WireProtocol protocol() {
    return protocol;
  }

  public String xmlNamespace() {
    return xmlNamespace;
  }

  public static Optional<KnownService> bySigningName(String name) {
    return Arrays.stream(values()).filter(s -> s.signingName.equals(name)).findFirst();
  }

  /** The service an {@code X-Amz-Target} header ({@code Prefix.Operation}) addresses. */
  public static Optional<KnownService> byTarget(String target) {
    if (target == null) {
      return Optional.empty();
    }
    int dot = target.indexOf('.');
    var prefix = dot < 0 ? target : target.substring(0, dot);
    return Arrays.stream(values()).filter(s -> prefix.equals(s.targetPrefix)).findFirst();
  }

  /** The query-protocol service whose API version is {@code version}. */
  public static Optional<KnownService> byQueryVersion(String version) {
    return Arrays.stream(values())
        .filter(s -> version != null && version.equals(s.queryVersion))
        .findFirst();
  }
}
