package dev.sluice.store.blobs;

import java.util.List;
import java.util.Set;

/** Which blobs the catalog still points to (objects and multipart parts). */
@FunctionalInterface
public interface BlobReferences {

  /** Those of {@code blobIds} that some row references. */
  Set<String> referencedAmong(List<String> blobIds);
}
