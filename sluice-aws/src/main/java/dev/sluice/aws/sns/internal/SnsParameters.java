package dev.sluice.aws.sns.internal;

import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.internal.FormParameters;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of an SNS query request: the form body of a POST (the SDKs' way) and the query
 * string (the links in messages); the body's value wins when both name a parameter.
 */
public final class SnsParameters {
  private SnsParameters() {}

  /**
   * @param maxBody the largest form body read
   */
  public static Result<Map<String, String>> read(AwsCall call, int maxBody) {
    var parameters = new LinkedHashMap<String, String>();
    if (isForm(call)) {
      var body = readBody(call, maxBody);
      if (body == null) {
        return Result.err(
            Failure.of("InvalidParameter", 400, "The request body exceeds " + maxBody + " bytes."));
      }
      parameters.putAll(FormParameters.parse(body));
    }
    FormParameters.parse(call.request().rawQuery()).forEach(parameters::putIfAbsent);
    return Result.ok(parameters);
  }

  private static boolean isForm(AwsCall call) {
    var type = call.request().headers().first("Content-Type");
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** The body as text, or null when it is longer than {@code maxBody}. */
  private static String readBody(AwsCall call, int maxBody) {
    try {
      var bytes = call.payload().readNBytes(maxBody + 1);
      return bytes.length > maxBody ? null : new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
