package dev.sluice.store.blobs.internal;

import java.nio.file.Path;

/** The blob store's layout: {@code tmp/<id>} while written, {@code <2 hex>/<id>} when committed. */
public record BlobPaths(Path root) {

  public Path temporaryDirectory() {
    return root.resolve("tmp");
  }

  public Path temporary(String id) {
    return temporaryDirectory().resolve(id);
  }

  /** Where a committed blob lives; rejects anything that is not a blob id. */
  public Path committed(String id) {
    if (!BlobIds.isValid(id)) {
      throw new IllegalArgumentException("Not a blob id: " + id);
    }
    return root.resolve(BlobIds.fanOut(id)).resolve(id);
  }
}
