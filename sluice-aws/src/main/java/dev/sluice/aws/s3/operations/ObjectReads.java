package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.ChecksumHeaders;
import dev.sluice.aws.s3.internal.ConditionalHeaders;
import dev.sluice.aws.s3.internal.HttpDates;
import dev.sluice.aws.s3.internal.IntegerParameter;
import dev.sluice.aws.s3.internal.ObjectHeaders;
import dev.sluice.aws.s3.internal.RangeHeader;
import dev.sluice.aws.s3.internal.S3Errors;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.VersionIds;
import dev.sluice.core.objects.ByteRange;
import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ObjectRead;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.List;

/** What GetObject and HeadObject share: reading the request and writing the object's headers. */
final class ObjectReads {
  /** {@code response-*} query parameters and the headers they override. */
  private static final List<String[]> OVERRIDES =
      List.of(
          new String[] {"response-content-type", "Content-Type"},
          new String[] {"response-content-language", "Content-Language"},
          new String[] {"response-expires", "Expires"},
          new String[] {"response-cache-control", "Cache-Control"},
          new String[] {"response-content-disposition", "Content-Disposition"},
          new String[] {"response-content-encoding", "Content-Encoding"});

  private final ObjectService objects;

  ObjectReads(ObjectService objects) {
    this.objects = objects;
  }

  Result<HttpResponse> read(S3Request request, boolean withBody) {
    var input = input(request);
    if (!input.isOk()) {
      return Result.err(input.failure());
    }
    var read = objects.getObject(input.value(), withBody);
    if (!read.isOk()) {
      return read.failure().status() == 304
          ? notModified(request, read.failure())
          : Result.err(read.failure());
    }
    return Result.ok(respond(request, read.value(), withBody));
  }

  static Result<GetObjectInput> input(S3Request request) {
    var version = VersionIds.check(request.query());
    if (!version.isOk()) {
      return Result.err(version.failure());
    }
    if ((request.identity() == null || request.identity().accessKeyId() == null)
        && OVERRIDES.stream().anyMatch(o -> request.query().has(o[0]))) {
      return Result.err(
          S3Errors.invalidRequest(
              "Request specific response headers cannot be used for anonymous GET requests."));
    }
    var range = RangeHeader.parse(request.header("Range"));
    var rawPart = request.query().first("partNumber");
    if (rawPart == null) {
      return Result.ok(input(request, range, null));
    }
    if (range != null) {
      return Result.err(
          S3Errors.invalidRequest(
              "Cannot specify both Range header and partNumber query parameter."));
    }
    return IntegerParameter.partNumber(rawPart).map(part -> input(request, null, part));
  }

  private static GetObjectInput input(S3Request request, ByteRange range, Integer part) {
    return new GetObjectInput(
        request.bucket(), request.key(), range, ConditionalHeaders.of(request.headers()), part);
  }

  static HttpResponse respond(S3Request request, ObjectRead read, boolean withBody) {
    var record = read.record();
    var headers = new Headers();
    writeCommon(record, headers);
    ObjectHeaders.write(record.attributes(), headers);
    headers.set("Accept-Ranges", "bytes");
    headers.set("Content-Length", Long.toString(read.length()));
    if (read.partial()) {
      long last = read.first() + read.length() - 1;
      headers.set("Content-Range", "bytes " + read.first() + "-" + last + "/" + record.size());
    }
    if (request.query().has("partNumber") && record.partsCount() > 0) {
      headers.set("x-amz-mp-parts-count", Integer.toString(record.partsCount()));
    }
    var mode = request.header("x-amz-checksum-mode");
    if (mode != null && mode.equalsIgnoreCase("ENABLED") && !read.partial()) {
      ChecksumHeaders.write(record.checksums(), headers);
    }
    for (var override : OVERRIDES) {
      var value = request.query().first(override[0]);
      if (value != null) {
        headers.set(override[1], value);
      }
    }
    int status = read.partial() ? 206 : 200;
    HttpResponse.Body body =
        withBody && read.channel() != null
            ? new HttpResponse.Channel(read.channel(), read.first(), read.length())
            : new HttpResponse.Empty();
    return new HttpResponse(status, headers, body);
  }

  /** 304 carries the object's ETag and Last-Modified and no body. */
  private Result<HttpResponse> notModified(S3Request request, Failure failure) {
    var plain =
        new GetObjectInput(request.bucket(), request.key(), null, Preconditions.none(), null);
    var head = objects.getObject(plain, false);
    var headers = new Headers();
    if (head.isOk()) {
      writeCommon(head.value().record(), headers);
    }
    return Result.ok(new HttpResponse(failure.status(), headers, new HttpResponse.Empty()));
  }

  private static void writeCommon(ObjectRecord record, Headers headers) {
    headers.set("ETag", record.etag());
    headers.set("Last-Modified", HttpDates.rfc1123(record.lastModified()));
  }
}
