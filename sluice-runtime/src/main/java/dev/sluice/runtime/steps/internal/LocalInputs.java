package dev.sluice.runtime.steps.internal;

import dev.sluice.core.result.Result;
import dev.sluice.runtime.steps.internal.JobSpec.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Local {@code -input} paths: a file, a directory's files, or a last-segment pattern. */
final class LocalInputs {

  private LocalInputs() {}

  static Result<List<Input>> find(String input, Path path) {
    try {
      var name = path.getFileName() == null ? "" : path.getFileName().toString();
      if (Glob.has(name)) {
        var found = matching(path.getParent(), Glob.of(name));
        return found.isEmpty()
            ? StepFailure.err("Input Pattern " + input + " matches 0 files")
            : Result.ok(found);
      }
      if (!Files.exists(path)) {
        return StepFailure.err("Input path does not exist: " + input);
      }
      return Result.ok(under(path));
    } catch (IOException e) {
      return StepFailure.err("Cannot read " + input + ": " + e.getMessage());
    }
  }

  private static List<Input> matching(Path parent, Glob glob) throws IOException {
    if (parent == null || !Files.isDirectory(parent)) {
      return List.of();
    }
    var found = new ArrayList<Input>();
    try (Stream<Path> entries = Files.list(parent)) {
      for (var entry : entries.sorted().toList()) {
        if (glob.matches(entry.getFileName().toString()) && !hidden(entry.getFileName())) {
          found.addAll(under(entry));
        }
      }
    }
    return found;
  }

  private static List<Input> under(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(new Input(path.toString(), Files.size(path)));
    }
    var found = new ArrayList<Input>();
    try (Stream<Path> files = Files.walk(path)) {
      for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
        if (!hiddenBelow(path, file)) {
          found.add(new Input(file.toString(), Files.size(file)));
        }
      }
    }
    return found;
  }

  private static boolean hiddenBelow(Path root, Path file) {
    for (var segment : root.relativize(file)) {
      if (hidden(segment)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidden(Path segment) {
    var name = segment.toString();
    return name.startsWith("_") || name.startsWith(".");
  }
}
