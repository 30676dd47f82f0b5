package dev.sluice.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Sluice's own runtime bootstraps (resources of this module), written into {@code <work>/runtime/},
 * the stand-in for Lambda's {@code /var/runtime} ({@code LAMBDA_RUNTIME_DIR}).
 */
final class Bootstraps {

  static final String NODE = "node/bootstrap.js";
  static final String NODE_ESM_HOOKS = "node/esm-node-path.mjs";
  static final String PYTHON = "python/bootstrap.py";

  private static final List<String> FILES = List.of(NODE, NODE_ESM_HOOKS, PYTHON);

  private Bootstraps() {}

  /** Writes every bootstrap (replacing older ones) and returns the runtime directory. */
  static Path install(Path workDirectory) {
    var directory = workDirectory.resolve("runtime");
    try {
      for (var file : FILES) {
        var target = directory.resolve(file);
        Files.createDirectories(target.getParent());
        var temp = Files.createTempFile(target.getParent(), ".bootstrap", ".tmp");
        try (var in =
            Bootstraps.class.getResourceAsStream("/dev/sluice/runtime/bootstrap/" + file)) {
          if (in == null) {
            throw new IllegalStateException("bootstrap resource missing: " + file);
          }
          Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the runtime bootstraps into " + directory, e);
    }
  }
}
