package dev.sluice.store.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.BucketVanishedException;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectCatalog;
import dev.sluice.core.objects.ObjectCatalog.BucketDeletion;
import dev.sluice.core.objects.ObjectCatalog.ConditionalPut;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Part;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ObjectCatalog} does: buckets, objects, listings and their outbox events. */
public abstract class ObjectCatalogContract extends StoreFixture {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

  protected ObjectCatalog catalog;

  @BeforeEach
  void catalog() {
    catalog = store.objects();
  }

  protected static Bucket bucket(String name, String owner) {
    return new Bucket(name, owner, "us-east-1", T0);
  }

  protected static ObjectRecord record(String bucket, String key, String blobId, String etag) {
    return new ObjectRecord(
        bucket, key, blobId, 4, etag, T0, ObjectAttributes.none(), Map.of(), 0, "0A1B");
  }

  protected static NewEvent event(String type) {
    return new NewEvent("lambda", "arn:aws:lambda:us-east-1:000000000000:function:f", type, "{}");
  }

  protected List<OutboxEvent> pendingEvents() {
    return store.outbox().list(EventStatus.PENDING, 0, 1000);
  }

  @Test
  void insertsABucketOnceAndRefusesTheSameNameFromAnyOwner() {
    assertThat(catalog.insertBucket(bucket("photos", "111111111111"))).isTrue();
    assertThat(catalog.insertBucket(bucket("photos", "222222222222"))).isFalse();
    assertThat(catalog.findBucket("photos")).contains(bucket("photos", "111111111111"));
    assertThat(catalog.findBucket("missing")).isEmpty();
  }

  @Test
  void listsOnlyTheOwnersBucketsByName() {
    catalog.insertBucket(bucket("zeta", "111111111111"));
    catalog.insertBucket(bucket("alpha", "111111111111"));
    catalog.insertBucket(bucket("other", "222222222222"));

    assertThat(catalog.listBuckets("111111111111"))
        .extracting(Bucket::name)
        .containsExactly("alpha", "zeta");
  }

  @Test
  void deletesAnEmptyBucketWithItsConfigurationAndUploads() {
    catalog.insertBucket(bucket("gone", "111111111111"));
    catalog.putBucketConfig("gone", "notification", "{\"rules\":[]}");
    catalog.insertUpload(MultipartFixtures.upload("u1", "gone", "k", T0));

    assertThat(catalog.deleteBucket("gone")).isEqualTo(BucketDeletion.DELETED);

    assertThat(catalog.findBucket("gone")).isEmpty();
    assertThat(catalog.findBucketConfig("gone", "notification")).isEmpty();
    assertThat(catalog.findUpload("u1")).isEmpty();
    assertThat(catalog.deleteBucket("gone")).isEqualTo(BucketDeletion.NOT_FOUND);
  }

  @Test
  void refusesToDeleteABucketThatHoldsObjects() {
    catalog.insertBucket(bucket("full", "111111111111"));
    catalog.putObject(record("full", "k", "b1", "\"e1\""), List.of());

    assertThat(catalog.deleteBucket("full")).isEqualTo(BucketDeletion.NOT_EMPTY);
    assertThat(catalog.findBucket("full")).isPresent();
  }

  @Test
  void storesAndReplacesABucketConfiguration() {
    catalog.insertBucket(bucket("conf", "111111111111"));
    assertThat(catalog.findBucketConfig("conf", "notification")).isEmpty();

    catalog.putBucketConfig("conf", "notification", "{\"v\":1}");
    catalog.putBucketConfig("conf", "notification", "{\"v\":2}");
    catalog.putBucketConfig("conf", "tagging", "{\"t\":1}");

    assertThat(catalog.findBucketConfig("conf", "notification")).contains("{\"v\":2}");
    assertThat(catalog.findBucketConfig("conf", "tagging")).contains("{\"t\":1}");
  }

  @Test
  void commitsABucketConfigurationsEventsWithIt() {
    catalog.insertBucket(bucket("tested", "111111111111"));

    catalog.putBucketConfig("tested", "notification", "{\"v\":1}", List.of(event("s3:TestEvent")));

    assertThat(catalog.findBucketConfig("tested", "notification")).contains("{\"v\":1}");
    assertThat(pendingEvents()).extracting(OutboxEvent::type).containsExactly("s3:TestEvent");
  }

  @Test
  void readsBackEveryFieldOfAStoredObject() {
    catalog.insertBucket(bucket("b", "111111111111"));
    ObjectAttributes attributes =
        new ObjectAttributes(
            "text/plain",
            "gzip",
            "attachment",
            "en",
            "no-cache",
            "Wed, 21 Oct 2026 07:28:00 GMT",
            "STANDARD",
            "/elsewhere",
            Map.of("colour", "blue", "größe", "groß"));
    ObjectRecord full =
        new ObjectRecord(
            "b",
            "dir/file.txt",
            "0123456789abcdef0123456789abcdef",
            12345,
            "\"9b2cf535f27731c974343645a3985328-3\"",
            T0,
            attributes,
            Map.of(ChecksumAlgorithm.CRC32C, "yZRlqg==", ChecksumAlgorithm.SHA256, "n4bQ=="),
            3,
            "0062A8B2C3D4E5F601",
            List.of(5242880L, 5242880L, 1865L));

    assertThat(catalog.putObject(full, List.of())).isEmpty();

    assertThat(catalog.findObject("b", "dir/file.txt")).contains(full);
    assertThat(catalog.findObject("b", "dir/other")).isEmpty();
  }

  @Test
  void replacingAnObjectReturnsTheRecordItReplaced() {
    catalog.insertBucket(bucket("b", "111111111111"));
    ObjectRecord first = record("b", "k", "blob1", "\"e1\"");
    ObjectRecord second = record("b", "k", "blob2", "\"e2\"");

    catalog.putObject(first, List.of());

    assertThat(catalog.putObject(second, List.of())).contains(first);
    assertThat(catalog.findObject("b", "k")).contains(second);
  }

  @Test
  void commitsTheEventsOfAPutWithIt() {
    catalog.insertBucket(bucket("b", "111111111111"));

    catalog.putObject(
        record("b", "k", "blob1", "\"e1\""),
        List.of(event("ObjectCreated:Put"), event("ObjectCreated:Put:second")));

    assertThat(pendingEvents())
        .extracting(OutboxEvent::type, OutboxEvent::attempts, OutboxEvent::nextAttemptAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ObjectCreated:Put", 0, clock.now()),
            org.assertj.core.groups.Tuple.tuple("ObjectCreated:Put:second", 0, clock.now()));
  }

  @Test
  void aPutThatFailsCommitsNeitherTheObjectNorItsEvents() {
    assertThatThrownBy(
            () ->
                catalog.putObject(
                    record("no-such-bucket", "k", "b", "\"e\""), List.of(event("Put"))))
        .isInstanceOf(RuntimeException.class);

    assertThat(catalog.findObject("no-such-bucket", "k")).isEmpty();
    assertThat(pendingEvents()).isEmpty();
  }

  @Test
  void conditionalPutReplacesOnlyWhileTheEtagStillMatches() {
    catalog.insertBucket(bucket("b", "111111111111"));
    ObjectRecord first = record("b", "k", "blob1", "\"e1\"");
    catalog.putObject(first, List.of());

    ConditionalPut stale =
        catalog.putObjectIf(record("b", "k", "blob2", "\"e2\""), "\"old\"", List.of(event("X")));
    ConditionalPut fresh =
        catalog.putObjectIf(record("b", "k", "blob3", "\"e3\""), "\"e1\"", List.of(event("Y")));

    assertThat(stale).isEqualTo(new ConditionalPut(false, Optional.empty()));
    assertThat(fresh).isEqualTo(new ConditionalPut(true, Optional.of(first)));
    assertThat(catalog.findObject("b", "k").orElseThrow().blobId()).isEqualTo("blob3");
    assertThat(pendingEvents()).extracting(OutboxEvent::type).containsExactly("Y");
  }

  @Test
  void conditionalPutWithoutAnEtagStoresOnlyAKeyThatDoesNotExist() {
    catalog.insertBucket(bucket("b", "111111111111"));

    ConditionalPut created =
        catalog.putObjectIf(record("b", "k", "blob1", "\"e1\""), null, List.of(event("A")));
    ConditionalPut refused =
        catalog.putObjectIf(record("b", "k", "blob2", "\"e2\""), null, List.of(event("B")));
    ConditionalPut missing =
        catalog.putObjectIf(record("b", "new", "blob3", "\"e3\""), "\"e1\"", List.of());

    assertThat(created).isEqualTo(new ConditionalPut(true, Optional.empty()));
    assertThat(refused.stored()).isFalse();
    assertThat(missing.stored()).isFalse();
    assertThat(catalog.findObject("b", "k").orElseThrow().blobId()).isEqualTo("blob1");
    assertThat(catalog.findObject("b", "new")).isEmpty();
    assertThat(pendingEvents()).extracting(OutboxEvent::type).containsExactly("A");
  }

  @Test
  void deletingReturnsWhatItRemovedAndCommitsTheEventsEitherWay() {
    catalog.insertBucket(bucket("b", "111111111111"));
    ObjectRecord stored = record("b", "k", "blob1", "\"e1\"");
    catalog.putObject(stored, List.of());

    assertThat(catalog.deleteObject("b", "k", List.of(event("Delete1")))).contains(stored);
    assertThat(catalog.deleteObject("b", "k", List.of(event("Delete2")))).isEmpty();

    assertThat(catalog.findObject("b", "k")).isEmpty();
    assertThat(pendingEvents()).extracting(OutboxEvent::type).containsExactly("Delete1", "Delete2");
  }

  @Test
  void listsKeysByTheirUnsignedUtf8Bytes() {
    catalog.insertBucket(bucket("b", "111111111111"));
    // UTF-8: a=61, b=62, DEL=7F, U+0080=C2 80, é=C3 A9, ÿ=C3 BF, U+FFFD=EF BF BD, 😀=F0 9F 98 80.
    // Signed bytes would put every non-ASCII key first; UTF-16 order would put 😀 before U+FFFD.
    List<String> expected =
        List.of("a", "a\u0000", "b", "\u007f", "\u0080", "é", "\u00ff", "\uFFFD", "😀", "😀x");
    List<String> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(7));
    for (String key : shuffled) {
      catalog.putObject(record("b", key, "blob", "\"e\""), List.of());
    }

    List<String> listed =
        catalog.listObjects("b", null, null, 100).stream().map(ObjectRecord::key).toList();

    assertThat(listed).containsExactlyElementsOf(expected);
    assertThat(listed).isSortedAccordingTo(ObjectCatalogContract::compareUtf8);
  }

  private static int compareUtf8(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void listsOnlyKeysWithThePrefixAfterTheMarkerUpToTheLimit() {
    catalog.insertBucket(bucket("b", "111111111111"));
    for (String key : List.of("a/1", "a/2", "a/3", "a/4", "a0", "ab", "b/1", "é/1", "ê/1")) {
      catalog.putObject(record("b", key, "blob", "\"e\""), List.of());
    }

    assertThat(keys(catalog.listObjects("b", "a/", null, 100)))
        .containsExactly("a/1", "a/2", "a/3", "a/4");
    assertThat(keys(catalog.listObjects("b", "a/", "a/1", 2))).containsExactly("a/2", "a/3");
    assertThat(keys(catalog.listObjects("b", "", "a0", 100)))
        .containsExactly("ab", "b/1", "é/1", "ê/1");
    assertThat(keys(catalog.listObjects("b", "é", null, 100))).containsExactly("é/1");
    assertThat(keys(catalog.listObjects("b", "a/", "a/4", 100))).isEmpty();
    assertThat(keys(catalog.listObjects("b", "c", null, 100))).isEmpty();
  }

  private static List<String> keys(List<ObjectRecord> records) {
    return records.stream().map(ObjectRecord::key).toList();
  }

  @Test
  void storesAKeyOf1024Utf8Bytes() {
    catalog.insertBucket(bucket("b", "111111111111"));
    String key = "é".repeat(512);

    catalog.putObject(record("b", key, "blob", "\"e\""), List.of());

    assertThat(catalog.findObject("b", key)).isPresent();
    assertThat(keys(catalog.listObjects("b", "éé", null, 10))).containsExactly(key);
  }

  @Test
  void rejectsAKeyLongerThan1024Utf8Bytes() {
    catalog.insertBucket(bucket("b", "111111111111"));
    String key = "é".repeat(512) + "x";

    assertThatThrownBy(() -> catalog.putObject(record("b", key, "blob", "\"e\""), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1024");
  }

  @Test
  void concurrentPutsOfOneKeyEachReplaceExactlyOneOther() throws Exception {
    catalog.insertBucket(bucket("b", "111111111111"));
    int writers = 6;
    int putsEach = 15;
    List<Callable<List<Optional<ObjectRecord>>>> tasks = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      tasks.add(
          () -> {
            List<Optional<ObjectRecord>> replaced = new ArrayList<>();
            for (int i = 0; i < putsEach; i++) {
              String blob = "w" + writer + "-" + i;
              replaced.add(catalog.putObject(record("b", "hot", blob, "\"e\""), List.of()));
            }
            return replaced;
          });
    }

    List<Optional<ObjectRecord>> all = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      for (Future<List<Optional<ObjectRecord>>> result : pool.invokeAll(tasks)) {
        all.addAll(result.get());
      }
    }

    List<String> replacedBlobs =
        all.stream().flatMap(Optional::stream).map(ObjectRecord::blobId).toList();
    String survivor = catalog.findObject("b", "hot").orElseThrow().blobId();
    assertThat(all.stream().filter(Optional::isEmpty).count()).isEqualTo(1);
    assertThat(replacedBlobs).doesNotHaveDuplicates().hasSize(writers * putsEach - 1);
    assertThat(replacedBlobs).doesNotContain(survivor);
  }

  @Test
  void findsAnUploadAsItWasStored() {
    catalog.insertBucket(bucket("b", "111111111111"));
    MultipartUpload upload = MultipartFixtures.upload("up-1", "b", "big/file", T0);

    catalog.insertUpload(upload);

    assertThat(catalog.findUpload("up-1")).contains(upload);
    assertThat(catalog.findUpload("up-2")).isEmpty();
  }

  @Test
  void storingAPartAgainReplacesItAndReturnsTheOldOne() {
    catalog.insertBucket(bucket("b", "111111111111"));
    catalog.insertUpload(MultipartFixtures.upload("up", "b", "k", T0));
    Part first = MultipartFixtures.part("up", 1, "p1a", T0);
    Part again = MultipartFixtures.part("up", 1, "p1b", T0.plusSeconds(1));

    assertThat(catalog.putPart(first)).isEmpty();
    assertThat(catalog.putPart(again)).contains(first);
    assertThat(catalog.listParts("up", 0, 10)).containsExactly(again);
  }

  @Test
  void listsPartsAboveTheMarkerInAscendingOrder() {
    catalog.insertBucket(bucket("b", "111111111111"));
    catalog.insertUpload(MultipartFixtures.upload("up", "b", "k", T0));
    for (int number : List.of(10, 2, 7, 1, 3)) {
      catalog.putPart(MultipartFixtures.part("up", number, "p" + number, T0));
    }

    assertThat(catalog.listParts("up", 0, 100))
        .extracting(Part::partNumber)
        .containsExactly(1, 2, 3, 7, 10);
    assertThat(catalog.listParts("up", 2, 2)).extracting(Part::partNumber).containsExactly(3, 7);
    assertThat(catalog.listParts("other", 0, 100)).isEmpty();
  }

  @Test
  void listsUploadsByKeyBytesThenInitiationAfterTheMarkers() {
    catalog.insertBucket(bucket("b", "111111111111"));
    catalog.insertBucket(bucket("c", "111111111111"));
    catalog.insertUpload(MultipartFixtures.upload("u-late", "b", "x/a", T0.plusSeconds(20)));
    catalog.insertUpload(MultipartFixtures.upload("u-early", "b", "x/a", T0.plusSeconds(10)));
    catalog.insertUpload(MultipartFixtures.upload("u-e", "b", "x/é", T0));
    catalog.insertUpload(MultipartFixtures.upload("u-b", "b", "x/b", T0.plusSeconds(30)));
    catalog.insertUpload(MultipartFixtures.upload("u-y", "b", "y", T0));
    catalog.insertUpload(MultipartFixtures.upload("u-other", "c", "x/a", T0));

    assertThat(uploadIds(catalog.listUploads("b", "x/", null, null, 100)))
        .containsExactly("u-early", "u-late", "u-b", "u-e");
    assertThat(uploadIds(catalog.listUploads("b", "x/", "x/a", "u-early", 100)))
        .containsExactly("u-late", "u-b", "u-e");
    assertThat(uploadIds(catalog.listUploads("b", "x/", "x/a", null, 100)))
        .containsExactly("u-b", "u-e");
    assertThat(uploadIds(catalog.listUploads("b", null, null, null, 2)))
        .containsExactly("u-early", "u-late");
  }

  private static List<String> uploadIds(List<MultipartUpload> uploads) {
    return uploads.stream().map(MultipartUpload::uploadId).toList();
  }

  @Test
  void completingRemovesTheUploadStoresTheObjectAndReturnsTheUnreferencedBlobs() {
    catalog.insertBucket(bucket("b", "111111111111"));
    catalog.putObject(record("b", "k", "old-object", "\"old\""), List.of());
    catalog.insertUpload(MultipartFixtures.upload("up", "b", "k", T0));
    catalog.putPart(MultipartFixtures.part("up", 1, "p1", T0));
    catalog.putPart(MultipartFixtures.part("up", 2, "p2", T0));
    ObjectRecord completed = record("b", "k", "assembled", "\"abc-2\"");

    List<String> unreferenced =
        catalog.completeUpload("up", completed, List.of(event("ObjectCreated:Complete")));

    assertThat(unreferenced).containsExactlyInAnyOrder("p1", "p2", "old-object");
    assertThat(catalog.findUpload("up")).isEmpty();
    assertThat(catalog.listParts("up", 0, 10)).isEmpty();
    assertThat(catalog.findObject("b", "k")).contains(completed);
    assertThat(pendingEvents())
        .extracting(OutboxEvent::type)
        .containsExactly("ObjectCreated:Complete");
  }

  @Test
  void abortingReturnsThePartsBlobsOrNothingForAnUnknownUpload() {
    catalog.insertBucket(bucket("b", "111111111111"));
    catalog.insertUpload(MultipartFixtures.upload("up", "b", "k", T0));
    catalog.putPart(MultipartFixtures.part("up", 1, "p1", T0));
    catalog.putPart(MultipartFixtures.part("up", 3, "p3", T0));

    assertThat(catalog.abortUpload("up"))
        .hasValueSatisfying(blobs -> assertThat(blobs).containsExactlyInAnyOrder("p1", "p3"));
    assertThat(catalog.findUpload("up")).isEmpty();
    assertThat(catalog.abortUpload("up")).isEmpty();
  }

  // Another node sharing the database: a second store on the same data.

  @Test
  void aWriteIntoABucketAnotherNodeDeletedFailsWithBucketVanishedAndStoresNothing() {
    catalog.insertBucket(bucket("gone", "111111111111"));
    assertThat(catalog.findBucket("gone")).isPresent();
    try (var otherNode = SluiceStore.open(storeSettings, clock)) {
      assertThat(otherNode.objects().deleteBucket("gone")).isEqualTo(BucketDeletion.DELETED);
    }

    assertThatThrownBy(
            () ->
                catalog.putObject(
                    record("gone", "k", "blob-1", "e1"), List.of(event("ObjectCreated:Put"))))
        .isInstanceOf(BucketVanishedException.class);
    assertThat(pendingEvents()).isEmpty();
    assertThat(catalog.findBucket("gone")).isEmpty();
  }

  @Test
  void aBucketAnotherNodeCreatedIsFoundAtOnceAndItsConfigurationChangesAreSeenWithinASecond() {
    assertThat(catalog.findBucket("late")).isEmpty();
    assertThat(catalog.findBucketConfig("late", "notification")).isEmpty();
    try (var otherNode = SluiceStore.open(storeSettings, clock)) {
      otherNode.objects().insertBucket(bucket("late", "111111111111"));
      assertThat(catalog.findBucket("late")).isPresent();

      otherNode.objects().putBucketConfig("late", "notification", "{\"v\":1}");
      await()
          .atMost(Duration.ofSeconds(3))
          .until(() -> catalog.findBucketConfig("late", "notification"), Optional::isPresent);
    }
  }

  @Test
  void thisNodesOwnConfigurationWritesAreSeenAtOnce() {
    catalog.insertBucket(bucket("mine", "111111111111"));
    assertThat(catalog.findBucketConfig("mine", "notification")).isEmpty();
    catalog.putBucketConfig("mine", "notification", "{\"v\":1}");
    assertThat(catalog.findBucketConfig("mine", "notification")).contains("{\"v\":1}");
    catalog.putBucketConfig("mine", "notification", "{\"v\":2}");
    assertThat(catalog.findBucketConfig("mine", "notification")).contains("{\"v\":2}");
    assertThat(catalog.deleteBucket("mine")).isEqualTo(BucketDeletion.DELETED);
    assertThat(catalog.findBucket("mine")).isEmpty();
    assertThat(catalog.findBucketConfig("mine", "notification")).isEmpty();
  }
}
