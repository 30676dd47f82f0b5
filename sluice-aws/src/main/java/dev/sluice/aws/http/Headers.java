package dev.sluice.aws.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** HTTP headers: names compared without case, values in arrival order. */
public final class Headers {
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final Map<String, String> names = new LinkedHashMap<>();

  public Headers add(String name, String value) {
    var key = name.toLowerCase(Locale.ROOT);
    names.putIfAbsent(key, name);
    values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    return this;
  }

  public Headers set(String name, String value) {
    var key = name.toLowerCase(Locale.ROOT);
    names.put(key, name);
    var list = new ArrayList<String>();
    list.add(value);
    values.put(key, list);
    return this;
  }

  public Headers remove(String name) {
    var key = name.toLowerCase(Locale.ROOT);
    names.remove(key);
    values.remove(key);
    return this;
  }

  /** The first value, or null. */
  public String first(String name) {
    var list = values.get(name.toLowerCase(Locale.ROOT));
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  public List<String> all(String name) {
    return values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  public boolean has(String name) {
    return values.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /** Lower-cased names, in first-arrival order. */
  public Iterable<String> names() {
    return values.keySet();
  }

  /** The name as first given (for writing a response). */
  public String originalName(String lowerCaseName) {
    return names.getOrDefault(lowerCaseName, lowerCaseName);
  }
}
