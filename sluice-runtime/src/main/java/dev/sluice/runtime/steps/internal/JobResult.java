package dev.sluice.runtime.steps.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The result file sluice-spark's StreamingMain writes when the job ends. */
public record JobResult(boolean succeeded, String message, String detail, JsonNode counters) {

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

  /** The counters as log lines, Hadoop style: a group's name, then its counters indented. */
  List<String> counterLines() {
    var lines = new ArrayList<String>();
    if (counters == null || !counters.isObject()) {
      return lines;
    }
    lines.add("Counters: " + counters.size());
    counters
        .properties()
        .forEach(
            group -> {
              if (group.getValue().isObject()) {
                lines.add("\t" + group.getKey());
                group
                    .getValue()
                    .properties()
                    .forEach(c -> lines.add("\t\t" + c.getKey() + "=" + c.getValue().asText()));
              } else {
                lines.add("\t" + group.getKey() + "=" + group.getValue().asText());
              }
            });
    return lines;
  }
}
