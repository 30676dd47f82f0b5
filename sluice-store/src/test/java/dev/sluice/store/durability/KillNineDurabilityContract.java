package dev.sluice.store.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreSettings;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that is storing objects (SIGKILL, no shutdown hooks) and checks that every put
 * it acknowledged is there after reopening: the record, its event and its complete blob; and that
 * no half-written blob is visible.
 */
public abstract class KillNineDurabilityContract {
  private static final int ACKS_BEFORE_KILL = 300;
  private static final KilledWriter WRITER =
      new KilledWriter(
          KillNineWriter.class, Pattern.compile("^ACK (\\d+) ([0-9a-f]{32})$"), ACKS_BEFORE_KILL);

  @TempDir Path dataDir;
  @TempDir Path logDir;

  /** The store URL the child and the checks use. */
  protected abstract String url();

  @Test
  @Timeout(180)
  void everyAcknowledgedPutSurvivesTheWriterBeingKilled() throws Exception {
    String url = url();
    Map<Long, String> acked = runAndKill(url);

    assertThat(acked).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
    try (SluiceStore store = SluiceStore.open(new StoreSettings(url, dataDir))) {
      for (Map.Entry<Long, String> ack : acked.entrySet()) {
        assertAcknowledgedPutIsComplete(store, ack.getKey(), ack.getValue());
      }
      assertThat(eventNumbers(store)).containsAll(acked.keySet());
      assertNoHalfWrittenBlobIsVisible(store);
    }
  }

  private Map<Long, String> runAndKill(String url) throws IOException, InterruptedException {
    Map<Long, String> acked = new LinkedHashMap<>();
    for (MatchResult ack : WRITER.runAndKill(url, dataDir, logDir)) {
      acked.put(Long.parseLong(ack.group(1)), ack.group(2));
    }
    return acked;
  }

  private static void assertAcknowledgedPutIsComplete(SluiceStore store, long n, String blobId)
      throws IOException {
    Optional<ObjectRecord> stored =
        store.objects().findObject(KillNineWriter.BUCKET, KillNineWriter.key(n));
    assertThat(stored).as("acknowledged put %d", n).isPresent();
    assertThat(stored.get().blobId()).isEqualTo(blobId);
    assertThat(read(store, blobId)).isEqualTo(BlobContent.of(n));
  }

  private static Set<Long> eventNumbers(SluiceStore store) {
    List<OutboxEvent> events = store.outbox().list(EventStatus.PENDING, 0, 1_000_000);
    return events.stream().map(e -> Long.parseLong(e.payload())).collect(Collectors.toSet());
  }

  private void assertNoHalfWrittenBlobIsVisible(SluiceStore store) throws IOException {
    Path blobs = dataDir.resolve("blobs");
    try (Stream<Path> leftovers = Files.list(blobs.resolve("tmp"))) {
      assertThat(leftovers).isEmpty();
    }
    try (Stream<Path> files = Files.walk(blobs)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = read(store, file.getFileName().toString());
        assertThat(bytes).isEqualTo(BlobContent.of(BlobContent.numberOf(bytes)));
      }
    }
  }

  private static byte[] read(SluiceStore store, String blobId) throws IOException {
    try (SeekableByteChannel channel = store.blobs().open(blobId)) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(Math.toIntExact(channel.size()));
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read to the end
      }
      return buffer.array();
    }
  }
}
