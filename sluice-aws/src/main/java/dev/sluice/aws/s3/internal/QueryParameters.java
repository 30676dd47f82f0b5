package dev.sluice.aws.s3.internal;

import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's decoded query parameters. A name without {@code =} (S3's subresource markers such as
 * {@code ?uploads}) has the empty value.
 */
public record QueryParameters(Map<String, List<String>> values) {

  public QueryParameters {
    values = Map.copyOf(values);
  }

  public static QueryParameters none() {
    return new QueryParameters(Map.of());
  }

  /** Decodes a raw query string; a bad percent escape is InvalidURI. */
  public static Result<QueryParameters> parse(String rawQuery) {
    var values = new LinkedHashMap<String, List<String>>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Result.ok(none());
    }
    for (var pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      var name = UriDecoding.query(eq < 0 ? pair : pair.substring(0, eq));
      var value = UriDecoding.query(eq < 0 ? "" : pair.substring(eq + 1));
      if (!name.isOk() || !value.isOk()) {
        return Result.err(S3Errors.invalidUri());
      }
      values.computeIfAbsent(name.value(), k -> new ArrayList<>()).add(value.value());
    }
    return Result.ok(new QueryParameters(values));
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The first value, or null when the parameter is absent. */
  public String first(String name) {
    var list = values.get(name);
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  /** The first value, or null when the parameter is absent or empty. */
  public String nonEmpty(String name) {
    var value = first(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
