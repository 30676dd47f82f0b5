package dev.sluice.asl.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded AWS Step Functions cases in {@code shared/conformance/asl/cases} (see that
 * directory's README): where they are, their index, and one case's file.
 */
public final class CaseFiles {
  public static final ObjectMapper JSON = new ObjectMapper();

  private CaseFiles() {}

  /**
   * {@code $SLUICE_ASL_CASES}, else the first {@code shared/conformance/asl/cases} found walking up
   * from the working directory (the checkout sits beside {@code shared/}); null when neither.
   */
  public static Path directory() {
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

  /** The index entries of one category ({@code pure}, {@code lambda}, ...). */
  public static List<JsonNode> category(Path directory, String category) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode entry : read(directory.resolve("_index.json"))) {
      if (entry.path("category").asText().equals(category)) {
        out.add(entry);
      }
    }
    return out;
  }

  /** The case an index entry names. */
  public static JsonNode testCase(Path directory, JsonNode entry) {
    return read(directory.resolve(entry.path("file").asText()));
  }

  public static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
