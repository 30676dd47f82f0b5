package dev.sluice.runtime.steps.internal;

import java.util.List;
import java.util.Map;

/**
 * The job spec file sluice-spark's {@code dev.sluice.spark.StreamingMain} reads: local files only,
 * the output a directory that does not exist yet.
 */
public record JobSpec(
    List<Input> inputs,
    String output,
    String mapper,
    String reducer,
    String combiner,
    Integer numReduceTasks,
    List<String> files,
    List<CacheFile> cacheFiles,
    Map<String, String> conf,
    Map<String, String> cmdenv,
    String workDir,
    String result) {

  public record Input(String path, long size) {}

  public record CacheFile(String path, String link) {}
}
