package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The recorded AWS cases in {@code shared/conformance/asl/cases}, and which ones we cover. */
final class ConformanceCases {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Features the interpreter implements for a whole execution without a caller doing work. */
  private static final Set<String> COVERED =
      Set.of(
          "State:Pass",
          "State:Choice",
          "State:Succeed",
          "State:Fail",
          "TopLevel:Comment",
          "Pass.Parameters",
          "Pass.Result",
          "Pass.ResultPath",
          "Pass.InputPath",
          "Pass.OutputPath",
          "Choice.Default",
          "Fail.Error",
          "State:Parallel",
          "Parallel.Parameters",
          "State:Map",
          "Map.ItemProcessor",
          "Map.Iterator",
          "Map.ItemsPath",
          "Map.ItemSelector",
          "Map.Parameters",
          "Map.MaxConcurrency",
          "Map.Mode:INLINE",
          "Map.Mode:DISTRIBUTED",
          "Map.MaxConcurrencyPath",
          "Map.ToleratedFailureCount",
          "Map.ToleratedFailureCountPath",
          "Map.ToleratedFailurePercentage",
          "Map.ToleratedFailurePercentagePath",
          "Map.InputPath",
          "Map.ResultPath",
          "ContextObject($$)",
          "State:Wait",
          "Wait.Seconds",
          "Wait.SecondsPath",
          "Wait.Timestamp",
          "Wait.TimestampPath",
          "Fail.Cause",
          "Fail.ErrorPath",
          "Fail.CausePath",
          "Catch",
          "Retry",
          "TopLevel:TimeoutSeconds");

  private ConformanceCases() {}

  /**
   * {@code $SLUICE_ASL_CASES}, else the first {@code shared/conformance/asl/cases} found walking up
   * from the working directory (the checkout sits beside {@code shared/}); null when neither.
   */
  static Path directory() {
    String explicit = System.getenv("SLUICE_ASL_CASES");
    if (explicit != null && !explicit.isBlank() && Files.isDirectory(Path.of(explicit))) {
      return Path.of(explicit);
    }
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path candidate = at.resolve("shared/conformance/asl/cases");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  static List<JsonNode> pure(Path directory) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode entry : read(directory.resolve("_index.json"))) {
      if (entry.path("category").asText().equals("pure")) {
        out.add(entry);
      }
    }
    return out;
  }

  static boolean covered(JsonNode entry) {
    for (JsonNode feature : entry.path("features")) {
      String name = feature.asText();
      boolean choice = name.startsWith("Choice:") && !name.equals("Choice:Condition");
      if (!COVERED.contains(name) && !choice && !name.startsWith("Intrinsic:")) {
        return false;
      }
    }
    String status = entry.path("status").asText();
    return status.equals("SUCCEEDED") || status.equals("FAILED") || status.equals("TIMED_OUT");
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
