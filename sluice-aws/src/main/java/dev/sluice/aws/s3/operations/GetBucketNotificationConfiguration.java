package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.NotificationXml;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/** {@code GET /bucket?notification}: the configuration, empty when none was set. */
public final class GetBucketNotificationConfiguration implements S3Binding {
  private final ObjectService objects;

  public GetBucketNotificationConfiguration(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return objects
        .getNotificationConfiguration(request.bucket())
        .map(config -> S3Responses.xml(NotificationXml.render(config)));
  }
}
