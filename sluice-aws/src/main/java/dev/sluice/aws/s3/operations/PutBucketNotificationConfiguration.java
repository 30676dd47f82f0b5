package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.NotificationXml;
import dev.sluice.aws.s3.internal.RequestBody;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;
import java.util.function.Supplier;

/** {@code PUT /bucket?notification}: replaces the bucket's notification configuration. */
public final class PutBucketNotificationConfiguration implements S3Binding {
  private final ObjectService objects;
  private final NotificationXml xml;

  /** {@code ids} names the configurations sent without an Id. */
  public PutBucketNotificationConfiguration(ObjectService objects, Supplier<String> ids) {
    this.objects = objects;
    this.xml = new NotificationXml(ids);
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return RequestBody.xml(request, NotificationXml.ROOT)
        .flatMap(xml::parse)
        .flatMap(config -> objects.putNotificationConfiguration(request.bucket(), config))
        .map(done -> S3Responses.ok());
  }
}
