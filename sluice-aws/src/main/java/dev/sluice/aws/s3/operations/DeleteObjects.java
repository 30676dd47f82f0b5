package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.DeleteRequestXml;
import dev.sluice.aws.s3.internal.RequestBody;
import dev.sluice.aws.s3.internal.RequestContexts;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.DeleteOutcome;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;
import java.util.List;

/** {@code POST /bucket?delete}: up to 1000 keys; quiet mode reports only the errors. */
public final class DeleteObjects implements S3Binding {
  private final ObjectService objects;

  public DeleteObjects(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return RequestBody.xml(request, DeleteRequestXml.ROOT)
        .flatMap(DeleteRequestXml::parse)
        .flatMap(
            delete ->
                objects
                    .deleteObjects(
                        request.bucket(),
                        delete.keys(),
                        RequestContexts.forBucket(request, objects))
                    .map(outcomes -> S3Responses.xml(render(outcomes, delete.quiet()))));
  }

  static XmlWriter render(List<DeleteOutcome> outcomes, boolean quiet) {
    var xml = XmlWriter.s3Document("DeleteResult");
    for (var outcome : outcomes) {
      if (outcome.failure() == null) {
        if (!quiet) {
          xml.start("Deleted").element("Key", outcome.key()).end();
        }
      } else {
        xml.start("Error")
            .element("Key", outcome.key())
            .element("Code", outcome.failure().code())
            .element("Message", outcome.failure().message())
            .end();
      }
    }
    return xml;
  }
}
