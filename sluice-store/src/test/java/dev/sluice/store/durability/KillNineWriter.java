package dev.sluice.store.durability;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.objects.BlobStore;
import dev.sluice.core.objects.BlobStore.BlobWriter;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of the crash tests: stores objects one by one, forever, and prints {@code ACK <n>
 * <blobId>} after each put returned. It is killed with SIGKILL somewhere in the middle.
 */
public final class KillNineWriter {
  static final String BUCKET = "crash";

  private KillNineWriter() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (SluiceStore store = SluiceStore.open(new StoreSettings(args[0], Path.of(args[1])))) {
      store.objects().insertBucket(new Bucket(BUCKET, "000000000000", "us-east-1", Instant.now()));
      for (long n = 0; ; n++) {
        String blob = writeBlob(store.blobs(), n);
        store.objects().putObject(record(n, blob), List.of(event(n)));
        out.print("ACK " + n + " " + blob + "\n");
        out.flush();
      }
    }
  }

  static String key(long n) {
    return "object-" + n;
  }

  /** Writes the blob in four flushed pieces, so a kill can find one half-written. */
  private static String writeBlob(BlobStore blobs, long n) throws IOException {
    byte[] content = BlobContent.of(n);
    try (BlobWriter writer = blobs.create()) {
      for (int offset = 0; offset < content.length; offset += 1024) {
        writer.output().write(content, offset, 1024);
        writer.output().flush();
      }
      return writer.commit();
    }
  }

  private static ObjectRecord record(long n, String blob) {
    return new ObjectRecord(
        BUCKET,
        key(n),
        blob,
        BlobContent.SIZE,
        "\"" + n + "\"",
        Instant.now(),
        ObjectAttributes.none(),
        Map.of(),
        0,
        Long.toHexString(n));
  }

  private static NewEvent event(long n) {
    return new NewEvent("lambda", "arn:aws:lambda:us-east-1:0:function:f", "Put", "" + n);
  }
}
