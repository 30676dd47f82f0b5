package dev.sluice.spark.streaming.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the mapper, combiner and reducer arguments of a streaming step. */
final class Programs {

  private static final Set<String> CATS = Set.of("cat", "/bin/cat", "/usr/bin/cat");
  private static final Set<String> IDENTITY_MAPPERS =
      Set.of("org.apache.hadoop.mapred.lib.IdentityMapper", "IdentityMapper");
  private static final Set<String> IDENTITY_REDUCERS =
      Set.of("org.apache.hadoop.mapred.lib.IdentityReducer", "IdentityReducer");
  private static final Set<String> AGGREGATE_REDUCERS =
      Set.of("aggregate", "org.apache.hadoop.mapred.lib.aggregate.ValueAggregatorReducer");
  private static final Set<String> AGGREGATE_COMBINERS =
      Set.of("aggregate", "org.apache.hadoop.mapred.lib.aggregate.ValueAggregatorCombiner");

  private Programs() {}

  static Program mapper(String spec, List<TaskFile> files) {
    String line = spec.strip();
    return IDENTITY_MAPPERS.contains(line) ? new Program.Identity() : command(line, files);
  }

  /** The reducer; none given is Hadoop's default, the IdentityReducer. */
  static Program reducer(String spec, List<TaskFile> files) {
    String line = spec == null ? "" : spec.strip();
    if (line.isEmpty() || IDENTITY_REDUCERS.contains(line)) {
      return new Program.Identity();
    }
    if (isAggregate(line, AGGREGATE_REDUCERS)) {
      return new Program.Aggregate();
    }
    return command(line, files);
  }

  /** The combiner, or null for none ({@code cat} and identity combiners change nothing). */
  static Program combiner(String spec, List<TaskFile> files) {
    String line = spec == null ? "" : spec.strip();
    if (line.isEmpty() || IDENTITY_REDUCERS.contains(line)) {
      return null;
    }
    if (isAggregate(line, AGGREGATE_COMBINERS)) {
      return new Program.Aggregate();
    }
    Program program = command(line, files);
    return program instanceof Program.Cat ? null : program;
  }

  /** Why a program argument cannot run here, if it cannot. */
  static Optional<String> unsupported(String role, String spec, List<TaskFile> files) {
    String line = spec == null ? "" : spec.strip();
    if (line.startsWith("org.apache.hadoop.")
        && !line.contains(" ")
        && !IDENTITY_MAPPERS.contains(line)
        && !IDENTITY_REDUCERS.contains(line)
        && !AGGREGATE_REDUCERS.contains(line)
        && !AGGREGATE_COMBINERS.contains(line)
        && !isShipped(line, files)) {
      return Optional.of(
          "Java class "
              + line
              + " is not supported as a streaming "
              + role
              + "; Sluice runs commands, IdentityMapper, IdentityReducer and aggregate");
    }
    return Optional.empty();
  }

  private static boolean isAggregate(String line, Set<String> names) {
    return names.stream().anyMatch(line::equalsIgnoreCase);
  }

  private static Program command(String line, List<TaskFile> files) {
    return CATS.contains(line) && !isShipped(line, files)
        ? new Program.Cat()
        : new Program.Command(line);
  }

  private static boolean isShipped(String name, List<TaskFile> files) {
    return files.stream().anyMatch(f -> f.name().equals(name));
  }
}
