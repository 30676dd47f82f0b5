package dev.sluice.core.jobs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable copies of maps that keep the order they were given in (arguments are passed so). */
final class Ordered {

  private Ordered() {}

  static Map<String, String> copy(Map<String, String> map) {
    return map == null || map.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
