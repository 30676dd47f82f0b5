package dev.sluice.spark.streaming;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the launcher asks for: a Hadoop streaming step whose S3 paths are already local files.
 *
 * @param inputs whole input files (or directories, read like Hadoop's FileInputFormat)
 * @param output the output directory; it must not exist yet
 * @param mapper the mapper command, or a Java identity class name
 * @param reducer {@code aggregate}, {@code NONE}, a command, a Java identity class, or null (the
 *     identity reducer)
 * @param combiner a command, {@code aggregate}, or null
 * @param numReduceTasks {@code -numReduceTasks}, or null to use {@code mapreduce.job.reduces}
 * @param files {@code -file}/{@code -files} entries, linked into each task's directory by name
 * @param cacheFiles {@code -cacheFile} entries, linked by their link name
 * @param conf the {@code -D} pairs
 * @param cmdenv the {@code -cmdenv} pairs
 * @param workDir scratch space for task directories and Spark's local files
 * @param result where the job writes its {@link JobResult}
 */
public record JobSpec(
    List<InputFile> inputs,
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

  public JobSpec {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    files = files == null ? List.of() : List.copyOf(files);
    cacheFiles = cacheFiles == null ? List.of() : List.copyOf(cacheFiles);
    conf = conf == null ? Map.of() : Map.copyOf(conf);
    cmdenv = cmdenv == null ? Map.of() : Map.copyOf(cmdenv);
  }

  /** One input file as the launcher staged it; {@code size} is informative only. */
  public record InputFile(String path, Long size) {}

  /** A cache file and the name it is linked under in task directories (its file name if null). */
  public record CacheFile(String path, String link) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Reads a spec written by the launcher. */
  public static JobSpec read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), JobSpec.class);
  }

  /** Writes this spec as the launcher would (tests and tools). */
  public void write(Path file) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
  }
}
