package dev.sluice.core.objects.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.RequestContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The JSON document S3 sends for one event to one configured destination. */
final class S3EventJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** The event type (and {@code Event}) of S3's test message. */
  static final String TEST_EVENT = "s3:TestEvent";

  private S3EventJson() {}

  static String payload(
      ObjectChange change,
      Bucket bucket,
      RequestContext context,
      String configurationId,
      Instant time) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode record = root.putArray("Records").addObject();
    record.put("eventVersion", "2.1");
    record.put("eventSource", "aws:s3");
    record.put("awsRegion", bucket.region());
    record.put("eventTime", TIME.format(time));
    record.put("eventName", EventNames.recordName(change.eventType()));
    record.putObject("userIdentity").put("principalId", context.principalId());
    record.putObject("requestParameters").put("sourceIPAddress", context.sourceIp());
    ObjectNode response = record.putObject("responseElements");
    response.put("x-amz-request-id", context.requestId());
    response.put("x-amz-id-2", context.hostId());
    ObjectNode s3 = record.putObject("s3");
    s3.put("s3SchemaVersion", "1.0");
    s3.put("configurationId", configurationId);
    ObjectNode bucketNode = s3.putObject("bucket");
    bucketNode.put("name", bucket.name());
    bucketNode.putObject("ownerIdentity").put("principalId", bucket.owner());
    bucketNode.put("arn", "arn:aws:s3:::" + bucket.name());
    s3.set("object", object(change));
    return root.toString();
  }

  /**
   * The {@code s3:TestEvent} S3 sends a topic or queue destination when a notification
   * configuration is put.
   */
  static String testEvent(String bucket, Instant time, String requestId, String hostId) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("Service", "Amazon S3");
    root.put("Event", TEST_EVENT);
    root.put("Time", TIME.format(time));
    root.put("Bucket", bucket);
    root.put("RequestId", requestId);
    root.put("HostId", hostId);
    return root.toString();
  }

  private static ObjectNode object(ObjectChange change) {
    ObjectNode object = MAPPER.createObjectNode();
    object.put("key", S3KeyEncoding.encode(change.key()));
    if (change.size() != null) {
      object.put("size", change.size());
      object.put("eTag", change.etag());
    }
    object.put("sequencer", change.sequencer());
    return object;
  }
}
