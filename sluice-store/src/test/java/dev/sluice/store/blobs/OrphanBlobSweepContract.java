package dev.sluice.store.blobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Part;
import dev.sluice.store.StoreFixture;
import dev.sluice.store.blobs.internal.BlobIds;
import dev.sluice.store.functions.FunctionCatalogContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep that runs when the store opens: blob files no row references are deleted once older
 * than the margin; referenced and young ones stay.
 */
public abstract class OrphanBlobSweepContract extends StoreFixture {
  private static final Instant T0 = Instant.parse("2026-03-01T10:15:30Z");
  private static final Duration OLD = OrphanBlobSweep.DEFAULT_MARGIN.plusMinutes(50);

  private String writeBlob() throws IOException {
    try (var writer = store.blobs().create()) {
      writer.output().write("bytes".getBytes(StandardCharsets.UTF_8));
      return writer.commit();
    }
  }

  private Path file(String blobId) {
    return dataDir.resolve("blobs").resolve(BlobIds.fanOut(blobId)).resolve(blobId);
  }

  private void age(String blobId, Duration by) throws IOException {
    Files.setLastModifiedTime(file(blobId), FileTime.from(Instant.now().minus(by)));
  }

  private String oldBlob() throws IOException {
    var id = writeBlob();
    age(id, OLD);
    return id;
  }

  private void createBucket() {
    store.objects().insertBucket(new Bucket("b", "owner", "us-east-1", T0));
  }

  private void putObject(String key, String blobId) {
    store
        .objects()
        .putObject(
            new ObjectRecord(
                "b", key, blobId, 5, "\"e\"", T0, ObjectAttributes.none(), Map.of(), 0, "0A"),
            List.of());
  }

  private void putPart(String uploadId, String blobId) {
    store
        .objects()
        .insertUpload(
            new MultipartUpload(
                uploadId, "b", "k", T0, ObjectAttributes.none(), ChecksumAlgorithm.CRC32, "o"));
    store.objects().putPart(new Part(uploadId, 1, blobId, 5, "\"p\"", T0, Map.of()));
  }

  /**
   * The store the fixture opened started its own sweep; it must be over before a test arranges old
   * blobs, or it may remove some of them before the sweep the test looks at.
   */
  @BeforeEach
  void letTheOpeningSweepFinish() throws Exception {
    store.orphanSweep().get(30, TimeUnit.SECONDS);
  }

  /** Opens the store again, which starts the sweep, and waits for the sweep to finish. */
  private SweepReport reopenAndSweep() throws Exception {
    reopen();
    return store.orphanSweep().get(30, TimeUnit.SECONDS);
  }

  @Test
  void removesABlobNoRowReferencesOnceOlderThanTheMargin() throws Exception {
    var orphan = oldBlob();

    var report = reopenAndSweep();

    assertThat(file(orphan)).doesNotExist();
    assertThat(report.removed()).isEqualTo(1);
    assertThat(report.bytesRemoved()).isEqualTo(5);
    assertThat(report.complete()).isTrue();
  }

  @Test
  void keepsAnOldBlobAnObjectReferences() throws Exception {
    createBucket();
    var referenced = oldBlob();
    putObject("k", referenced);

    var report = reopenAndSweep();

    assertThat(file(referenced)).exists();
    assertThat(report.checked()).isEqualTo(1);
    assertThat(report.removed()).isZero();
  }

  @Test
  void keepsAnOldBlobAPartOfAnOpenUploadReferences() throws Exception {
    createBucket();
    var part = oldBlob();
    putPart("upload-1", part);

    reopenAndSweep();

    assertThat(file(part)).exists();
  }

  @Test
  void keepsTheOldPackagesOfAFunctionAndRemovesThemAfterItsDeletion() throws Exception {
    var latest = oldBlob();
    var published = oldBlob();
    var function =
        FunctionCatalogContract.function("fn")
            .withLatest(FunctionCatalogContract.config("fn", "$LATEST", latest))
            .withVersions(List.of(FunctionCatalogContract.config("fn", "1", published)), 1);
    store.functions().insert(function, List.of());

    reopenAndSweep();

    assertThat(file(latest)).exists();
    assertThat(file(published)).exists();
    store.functions().delete("fn", store.functions().find("fn").orElseThrow().revision());
    reopenAndSweep();
    assertThat(file(latest)).doesNotExist();
    assertThat(file(published)).doesNotExist();
  }

  @Test
  void keepsAnUnreferencedBlobYoungerThanTheMargin() throws Exception {
    var young = writeBlob();
    age(young, OrphanBlobSweep.DEFAULT_MARGIN.minusMinutes(2));

    var report = reopenAndSweep();

    assertThat(file(young)).exists();
    assertThat(report.checked()).isZero();
  }

  @Test
  void removesTheBlobsOfPartsDeletedWithTheirBucket() throws Exception {
    createBucket();
    var part = oldBlob();
    putPart("upload-1", part);
    store.objects().deleteBucket("b");

    reopenAndSweep();

    assertThat(file(part)).doesNotExist();
  }

  @Test
  void checksManyBlobsInBatches() throws Exception {
    createBucket();
    var kept = new ArrayList<String>();
    for (int i = 0; i < 3; i++) {
      var id = oldBlob();
      putObject("k" + i, id);
      kept.add(id);
    }
    var orphans = new ArrayList<String>();
    for (int i = 0; i < OrphanBlobSweep.BATCH * 2 + 7; i++) {
      var id = BlobIds.random();
      Files.createDirectories(file(id).getParent());
      Files.write(file(id), new byte[] {1});
      age(id, OLD);
      orphans.add(id);
    }

    var report = reopenAndSweep();

    assertThat(report.checked()).isEqualTo(orphans.size() + kept.size());
    assertThat(report.removed()).isEqualTo(orphans.size());
    assertThat(orphans).allSatisfy(id -> assertThat(file(id)).doesNotExist());
    assertThat(kept).allSatisfy(id -> assertThat(file(id)).exists());
  }

  @Test
  void leavesFilesThatAreNotBlobsAlone() throws Exception {
    var stray = dataDir.resolve("blobs").resolve("ab").resolve("notes.txt");
    Files.createDirectories(stray.getParent());
    Files.writeString(stray, "mine");
    Files.setLastModifiedTime(stray, FileTime.from(Instant.now().minus(OLD)));

    reopenAndSweep();

    assertThat(stray).exists();
  }
}
