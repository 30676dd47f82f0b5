package dev.sluice.runtime.steps.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The result file sluice-spark's StreamingMain writes when the job ends (its counters are in the
 * job's own log already and are not read here).
 */
public record JobResult(boolean succeeded, String message, String detail) {

  static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The result in {@code file}, or empty when there is none or it cannot be read. */
  static Optional<JobResult> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), JobResult.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
