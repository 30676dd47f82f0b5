package dev.sluice.spark.streaming.internal;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The step's {@code -D} pairs, read with Hadoop's defaults and deprecated names. */
public final class HadoopConf {

  private final Map<String, String> values;

  public HadoopConf(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public Map<String, String> values() {
    return values;
  }

  /** The value of {@code name}, or of the first deprecated alias that is set. */
  public Optional<String> find(String name, String... aliases) {
    return Stream.concat(Stream.of(name), Stream.of(aliases))
        .map(values::get)
        .filter(v -> v != null)
        .findFirst();
  }

  public String get(String name, String fallback, String... aliases) {
    return find(name, aliases).orElse(fallback);
  }

  public long getLong(String name, long fallback, String... aliases) {
    return find(name, aliases).map(String::strip).map(Long::parseLong).orElse(fallback);
  }

  public int getInt(String name, int fallback, String... aliases) {
    return find(name, aliases).map(String::strip).map(Integer::parseInt).orElse(fallback);
  }

  public boolean getBoolean(String name, boolean fallback) {
    return find(name).map(String::strip).map(Boolean::parseBoolean).orElse(fallback);
  }
}
