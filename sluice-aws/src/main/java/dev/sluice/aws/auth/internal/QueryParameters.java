package dev.sluice.aws.auth.internal;

import java.util.ArrayList;
import java.util.List;

/** A raw query string split into its pairs, in the order sent. */
public record QueryParameters(List<QueryParameter> all) {

  public QueryParameters {
    all = List.copyOf(all);
  }

  public static QueryParameters parse(String rawQuery) {
    var pairs = new ArrayList<QueryParameter>();
    if (rawQuery == null) {
      return new QueryParameters(pairs);
    }
    for (var pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      pairs.add(
          equals < 0
              ? new QueryParameter(pair, "")
              : new QueryParameter(pair.substring(0, equals), pair.substring(equals + 1)));
    }
    return new QueryParameters(pairs);
  }

  /** The decoded value of the first parameter with this (decoded) name, or null. */
  public String first(String name) {
    for (var parameter : all) {
      if (parameter.name().equals(name)) {
        return parameter.value();
      }
    }
    return null;
  }

  public boolean has(String name) {
    return first(name) != null;
  }
}
