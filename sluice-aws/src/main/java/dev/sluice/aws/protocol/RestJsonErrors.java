package dev.sluice.aws.protocol;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import java.util.LinkedHashMap;

/**
 * Errors of the {@code rest-json} protocol (Lambda, Scheduler): the failure's status, the code in
 * the {@code x-amzn-ErrorType} header, {@code {"message":"..."}} plus the failure's details (Lambda
 * adds its {@code Type} this way), and the request id in {@code x-amzn-RequestId}.
 */
public final class RestJsonErrors {
  private RestJsonErrors() {}

  public static HttpResponse render(Failure failure, String requestId) {
    var fields = new LinkedHashMap<String, String>();
    fields.put("message", failure.message());
    var body = ErrorJson.write(fields, failure.details());
    var response = HttpResponse.bytes(failure.status(), WireProtocol.REST_JSON.contentType(), body);
    response.headers().set("x-amzn-ErrorType", failure.code());
    response.headers().set("x-amzn-RequestId", requestId);
    return response;
  }
}
