package dev.sluice.aws.protocol;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import java.util.LinkedHashMap;

/**
 * Errors of the {@code json} protocols (1.0 and 1.1): the failure's status, {@code
 * {"__type":"Code","message":"..."}} plus the failure's details as further string fields, and the
 * request id in {@code x-amzn-RequestId}.
 */
public final class JsonErrors {
  private JsonErrors() {}

  public static HttpResponse render(WireProtocol protocol, Failure failure, String requestId) {
    if (!protocol.isJson()) {
      throw new IllegalArgumentException("not a json protocol: " + protocol);
    }
    var fields = new LinkedHashMap<String, String>();
    fields.put("__type", failure.code());
    fields.put("message", failure.message());
    var response =
        HttpResponse.bytes(
            failure.status(), protocol.contentType(), ErrorJson.write(fields, failure.details()));
    response.headers().set("x-amzn-RequestId", requestId);
    return response;
  }
}
