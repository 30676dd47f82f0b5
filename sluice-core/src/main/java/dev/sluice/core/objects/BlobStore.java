package dev.sluice.core.objects;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;

/**
 * Where object and part bytes live. A blob is written once, made durable, then referenced by the
 * catalog; it is never changed afterwards. Object keys never become file names.
 */
public interface BlobStore {

  /** Starts a new blob; nothing is visible until {@link BlobWriter#commit()}. */
  BlobWriter create() throws IOException;

  /** Opens a committed blob for reading. */
  SeekableByteChannel open(String blobId) throws IOException;

  /**
   * The file that holds exactly the committed blob's bytes, when this store keeps blobs as local
   * files that may be read in place (never written); empty otherwise.
   */
  default java.util.Optional<java.nio.file.Path> localPath(String blobId) {
    return java.util.Optional.empty();
  }

  /** Removes a blob no record references any more; a missing blob is not an error. */
  void delete(String blobId);

  /** A blob being written. Close without commit to abandon it. */
  interface BlobWriter extends AutoCloseable {

    /** Where to write the bytes. */
    OutputStream output();

    /**
     * Writes {@code length} bytes of another blob from {@code offset} (UploadPartCopy, Complete).
     */
    void append(String blobId, long offset, long length) throws IOException;

    /** Makes the bytes durable (fsync) and returns the new blob's id. */
    String commit() throws IOException;

    /** Abandons the blob if it was not committed. */
    @Override
    void close();
  }
}
