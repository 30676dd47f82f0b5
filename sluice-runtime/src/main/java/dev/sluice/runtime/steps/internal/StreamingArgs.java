package dev.sluice.runtime.steps.internal;

import java.util.List;
import java.util.Map;

/**
 * A Hadoop streaming step's arguments, parsed by {@link StreamingArgsParser}; locations and
 * commands as given (S3 URIs or local paths).
 *
 * @param inputs every {@code -input} path, comma-separated lists split
 * @param mapper the mapper command ({@code cat} when none was given)
 * @param reducer the reducer command, {@code aggregate}, {@code NONE}, or null for the identity
 * @param combiner the combiner command or null
 * @param files {@code -file}s and {@code -files} entries without a link name
 * @param cacheFiles {@code -cacheFile}s and {@code -files} entries with a link name
 * @param conf the {@code -D} properties
 * @param cmdenv the {@code -cmdenv} variables
 * @param numReduceTasks {@code -numReduceTasks}, or null
 */
public record StreamingArgs(
    List<String> inputs,
    String output,
    String mapper,
    String reducer,
    String combiner,
    List<String> files,
    List<CacheFile> cacheFiles,
    Map<String, String> conf,
    Map<String, String> cmdenv,
    Integer numReduceTasks) {

  /** A file the commands see under {@code link} in their working directory. */
  public record CacheFile(String uri, String link) {}

  public StreamingArgs {
    inputs = List.copyOf(inputs);
    files = List.copyOf(files);
    cacheFiles = List.copyOf(cacheFiles);
    conf = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conf));
    cmdenv = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cmdenv));
  }
}
