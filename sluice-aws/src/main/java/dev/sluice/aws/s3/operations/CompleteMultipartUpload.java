package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.ChecksumXml;
import dev.sluice.aws.s3.internal.CompleteMultipartUploadXml;
import dev.sluice.aws.s3.internal.RequestBody;
import dev.sluice.aws.s3.internal.RequestContexts;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.UriEncoding;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/** {@code POST /bucket/key?uploadId=U} with the part list: assembles the object. */
public final class CompleteMultipartUpload implements S3Binding {
  private final ObjectService objects;

  public CompleteMultipartUpload(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return RequestBody.xml(request, CompleteMultipartUploadXml.ROOT)
        .flatMap(CompleteMultipartUploadXml::parse)
        .flatMap(
            parts ->
                objects.completeMultipartUpload(
                    request.bucket(),
                    request.key(),
                    request.query().first("uploadId"),
                    parts,
                    RequestContexts.forBucket(request, objects)))
        .map(record -> S3Responses.xml(render(location(request), record)));
  }

  static XmlWriter render(String location, ObjectRecord record) {
    var xml =
        XmlWriter.s3Document("CompleteMultipartUploadResult")
            .element("Location", location)
            .element("Bucket", record.bucket())
            .element("Key", record.key())
            .element("ETag", record.etag());
    ChecksumXml.write(xml, record.checksums());
    ChecksumXml.writeType(xml, record.checksums());
    return xml;
  }

  /** The object's URL in the addressing style the request used. */
  static String location(S3Request request) {
    var host = request.call().request().host();
    var base = "http://" + (host == null || host.isEmpty() ? "localhost" : host) + "/";
    var path = request.virtualHosted() ? request.key() : request.bucket() + "/" + request.key();
    return base + UriEncoding.keepingSlashes(path);
  }
}
