package dev.sluice.aws.s3.internal;

import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.RequestContext;

/** The {@link RequestContext} of a mutation: who asked, from where, in which region. */
public final class RequestContexts {
  private RequestContexts() {}

  /** For a request on an existing bucket: the region is the bucket's (the caller's if none). */
  public static RequestContext forBucket(S3Request request, ObjectService objects) {
    var bucket = objects.headBucket(request.bucket());
    return inRegion(request, bucket.isOk() ? bucket.value().region() : request.region());
  }

  public static RequestContext inRegion(S3Request request, String region) {
    var identity = request.identity();
    return new RequestContext(
        identity == null ? null : identity.account(),
        identity == null ? null : identity.principalId(),
        request.call().request().remoteAddress(),
        request.requestId(),
        HostId.of(request.requestId()),
        region);
  }
}
