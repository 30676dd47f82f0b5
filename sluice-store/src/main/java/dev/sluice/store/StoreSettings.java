package dev.sluice.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store keeps its data.
 *
 * @param url {@code null} or {@code h2}: an embedded H2 database under {@code dataDir}; {@code
 *     postgresql://user:password@host:port/database} or {@code jdbc:postgresql://...}: PostgreSQL
 * @param dataDir the data directory; blobs always live under {@code <dataDir>/blobs}
 */
public record StoreSettings(String url, Path dataDir) {

  public StoreSettings {
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** The embedded H2 database under {@code dataDir}. */
  public static StoreSettings embedded(Path dataDir) {
    return new StoreSettings(null, dataDir);
  }
}
