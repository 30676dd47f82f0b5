package dev.sluice.runtime.jobs.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A run's arguments, names with their leading {@code --}, in the order they are passed. */
public record JobArguments(Map<String, String> values) {

  /** {@code --name value} pairs, in order, as the job's command line gets them. */
  public List<String> flattened() {
    var args = new ArrayList<String>();
    values.forEach(
        (name, value) -> {
          args.add(name);
          args.add(value);
        });
    return args;
  }

  /** The value of {@code --name}, when given and not blank. */
  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
  }

  /** The comma-separated entries of {@code --name} ({@code --extra-jars}, ...), blanks left out. */
  public List<String> list(String name) {
    return value(name).stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .toList();
  }
}
