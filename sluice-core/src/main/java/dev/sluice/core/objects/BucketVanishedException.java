package dev.sluice.core.objects;

/**
 * Thrown by an {@link ObjectCatalog} write when the bucket it writes into was deleted after the
 * caller looked it up (by another request, or on another node): the write stored nothing.
 */
public final class BucketVanishedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BucketVanishedException(String bucket) {
    super("Bucket " + bucket + " no longer exists");
  }
}
