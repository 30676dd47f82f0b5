package dev.sluice.it.workflows;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code {{kind:id:part}}} tokens of a case and what they stand for in this run. */
final class Tokens {
  private final Map<String, String> values = new LinkedHashMap<>();

  Tokens(String account, String region) {
    values.put("account", account);
    values.put("region", region);
  }

  void put(String token, String value) {
    values.put(token, value);
  }

  String apply(String text) {
    String out = text;
    for (var entry : values.entrySet()) {
      out = out.replace("{{" + entry.getKey() + "}}", entry.getValue());
    }
    return out;
  }
}
