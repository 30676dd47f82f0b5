package dev.sluice.server.internal.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The name this node leases outbox events under, kept in {@code <data-dir>/node-name} so that a
 * restarted Sluice is the same node and can take back what it was delivering when it died.
 */
public final class NodeName {
  private static final String FILE = "node-name";

  private NodeName() {}

  public static String of(Path dataDir) {
    var file = dataDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        var name = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!name.isEmpty()) {
          return name;
        }
      }
      var name = "sluice-" + UUID.randomUUID();
      var temporary = Files.createTempFile(dataDir, FILE, ".tmp");
      Files.writeString(temporary, name + "\n", StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write " + file, e);
    }
  }
}
