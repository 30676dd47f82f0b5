package dev.sluice.aws.s3;

import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.ErrorResponse;
import dev.sluice.aws.s3.internal.HostId;
import dev.sluice.aws.s3.internal.OperationSelector;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.VirtualHost;
import dev.sluice.aws.s3.operations.S3Bindings;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/**
 * Amazon S3 on the shared port, in the rest-xml protocol: finds the bucket and key (path or
 * virtual-hosted style), selects the operation, runs its binding and renders its result or failure.
 * Every response carries {@code x-amz-request-id} and {@code x-amz-id-2}.
 */
public final class S3Endpoint implements ServiceEndpoint {
  private final S3Bindings bindings;
  private final VirtualHost hosts;
  private final S3Settings settings;

  public S3Endpoint(ObjectService objects, S3Settings settings) {
    this.bindings = new S3Bindings(objects);
    this.hosts = new VirtualHost(settings.hostNames());
    this.settings = settings;
  }

  @Override
  public String signingName() {
    return "s3";
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    var request = S3Request.of(call, hosts, settings.defaultRegion());
    Result<HttpResponse> response =
        request.flatMap(
            r ->
                OperationSelector.select(r)
                    .flatMap(operation -> bindings.get(operation).handle(r)));
    return switch (response) {
      case Result.Ok<HttpResponse> ok -> identify(ok.value(), call.requestId());
      case Result.Err<HttpResponse> err ->
          renderFailure(call.request(), call.requestId(), withResource(request, err.failure()));
    };
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    var hostId = HostId.of(requestId);
    return identify(ErrorResponse.render(request.method(), requestId, hostId, failure), requestId);
  }

  private static HttpResponse identify(HttpResponse response, String requestId) {
    response.headers().set("x-amz-request-id", requestId);
    response.headers().set("x-amz-id-2", HostId.of(requestId));
    return response;
  }

  /** Names the bucket, key or upload in the errors about them, as S3 does. */
  private static Failure withResource(Result<S3Request> request, Failure failure) {
    if (!request.isOk() || !failure.details().isEmpty()) {
      return failure;
    }
    var r = request.value();
    return switch (failure.code()) {
      case "NoSuchBucket", "BucketNotEmpty", "BucketAlreadyExists", "BucketAlreadyOwnedByYou" ->
          r.bucket() == null ? failure : failure.with("BucketName", r.bucket());
      case "NoSuchKey" -> r.key() == null ? failure : failure.with("Key", r.key());
      case "NoSuchUpload" ->
          r.query().first("uploadId") == null
              ? failure
              : failure.with("UploadId", r.query().first("uploadId"));
      default -> failure;
    };
  }
}
