package dev.sluice.core.functions.internal;

import dev.sluice.core.objects.BlobStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A test fixture: committed blobs in a map. */
final class MemoryBlobStore implements BlobStore {
  final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

  @Override
  public BlobWriter create() {
    var bytes = new ByteArrayOutputStream();
    return new BlobWriter() {
      @Override
      public OutputStream output() {
        return bytes;
      }

      @Override
      public void append(String blobId, long offset, long length) {
        throw new UnsupportedOperationException("packages are written whole");
      }

      @Override
      public String commit() {
        var id = UUID.randomUUID().toString();
        blobs.put(id, bytes.toByteArray());
        return id;
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public SeekableByteChannel open(String blobId) throws IOException {
    var bytes = blobs.get(blobId);
    if (bytes == null) {
      throw new NoSuchFileException(blobId);
    }
    var file = Files.write(Files.createTempFile("blob", ".zip"), bytes);
    return Files.newByteChannel(file, StandardOpenOption.READ, StandardOpenOption.DELETE_ON_CLOSE);
  }

  @Override
  public void delete(String blobId) {
    blobs.remove(blobId);
  }
}
