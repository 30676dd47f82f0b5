package dev.sluice.aws.gateway.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code application/x-www-form-urlencoded} text (a query string or a form body) into names
 * and values; the first occurrence of a name wins, malformed pairs are skipped.
 */
public final class FormParameters {
  private FormParameters() {}

  public static Map<String, String> parse(String text) {
    var parameters = new LinkedHashMap<String, String>();
    if (text == null || text.isEmpty()) {
      return parameters;
    }
    for (var pair : text.split("&")) {
      int equals = pair.indexOf('=');
      var name = decode(equals < 0 ? pair : pair.substring(0, equals));
      var value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (name != null && value != null && !name.isEmpty()) {
        parameters.putIfAbsent(name, value);
      }
    }
    return parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformedPercentEncoding) {
      return null;
    }
  }
}
