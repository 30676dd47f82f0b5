package dev.sluice.aws.lambda.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request's decoded query parameters. */
public record LambdaQuery(Map<String, List<String>> values) {

  public LambdaQuery {
    values = Map.copyOf(values);
  }

  static LambdaQuery parse(String rawQuery) {
    var values = new LinkedHashMap<String, List<String>>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (var pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        var name = decode(eq < 0 ? pair : pair.substring(0, eq));
        var value = decode(eq < 0 ? "" : pair.substring(eq + 1));
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return new LambdaQuery(values);
  }

  /** The first value, or null when absent or empty. */
  public String first(String name) {
    var list = values.get(name);
    return list == null || list.isEmpty() || list.get(0).isEmpty() ? null : list.get(0);
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  static String decode(String raw) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }
}
