package dev.sluice.server.internal.admin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The parameters of an admin route's query string; the first value of a name wins. */
final class QueryParameters {
  private QueryParameters() {}

  static Map<String, String> parse(String rawQuery) {
    var parameters = new HashMap<String, String>();
    for (var pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      var name = equals < 0 ? pair : pair.substring(0, equals);
      var value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        parameters.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException malformed) {
        // a pair that does not decode is no parameter
      }
    }
    return parameters;
  }
}
