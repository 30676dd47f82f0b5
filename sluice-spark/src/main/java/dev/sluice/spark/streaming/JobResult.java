package dev.sluice.spark.streaming;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the job reports to the launcher.
 *
 * @param succeeded whether the output was committed
 * @param message one line: why the step failed, or that it succeeded
 * @param detail the failing task's stderr tail, or a stack trace; empty on success
 * @param counters Hadoop's main counters
 */
public record JobResult(boolean succeeded, String message, String detail, Counters counters) {

  /** Hadoop's Map-Reduce framework and file format counters. */
  public record Counters(
      long mapInputRecords,
      long mapOutputRecords,
      long reduceOutputRecords,
      long bytesRead,
      long bytesWritten) {

    public static final Counters NONE = new Counters(0, 0, 0, 0, 0);
  }

  public static JobResult failed(String message, String detail, Counters counters) {
    return new JobResult(false, message, detail == null ? "" : detail, counters);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes the result atomically (a temporary file renamed into place). */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, ".result", ".json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), this);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static JobResult read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), JobResult.class);
  }
}
