package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.CompletedPart;
import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectLimits;
import dev.sluice.core.objects.Preconditions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartUploadTest {

  @TempDir Path dir;
  ObjectStoreFixture store;
  MultipartFixture multipart;

  @BeforeEach
  void setUp() {
    store = new ObjectStoreFixture(dir, new ObjectLimits(1000, 5, 10_000, 1024));
    store.bucket("bkt");
    multipart = new MultipartFixture(store);
  }

  private static String md5Hex(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void uploadIdsAreRandomAndUrlSafe() {
    var a = multipart.create("bkt", "k", null);
    var b = multipart.create("bkt", "k", null);

    assertThat(a.uploadId()).isNotEqualTo(b.uploadId()).matches("[A-Za-z0-9_-]{40,}");
    assertThat(a.owner()).isEqualTo(ObjectStoreFixture.ACCOUNT);
    assertThat(a.initiated()).isEqualTo(ObjectStoreFixture.START);
  }

  @Test
  void creatingAnUploadInAMissingBucketIsNoSuchBucket() {
    var upload =
        store.service.createMultipartUpload(
            "nothing-here", "k", ObjectAttributes.none(), null, ObjectStoreFixture.context());

    assertThat(upload.failure().code()).isEqualTo("NoSuchBucket");
  }

  @Test
  void completingJoinsThePartsAndTheEtagIsTheMd5OfTheirMd5sWithTheirCount() throws Exception {
    var upload = multipart.create("bkt", "big.txt", null);
    var one = multipart.part(upload, 1, "hello");
    var two = multipart.part(upload, 2, " world");

    var object = multipart.complete(upload, List.of(one, two));

    var md5s = HexFormat.of().parseHex(md5Hex("hello") + md5Hex(" world"));
    var expected = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(md5s));
    assertThat(one.etag()).isEqualTo("\"" + md5Hex("hello") + "\"");
    assertThat(object.value().etag()).isEqualTo("\"" + expected + "-2\"");
    assertThat(object.value().size()).isEqualTo(11);
    assertThat(object.value().partsCount()).isEqualTo(2);
    assertThat(object.value().partSizes()).containsExactly(5L, 6L);
    assertThat(store.read("bkt", "big.txt")).isEqualTo("hello world");
  }

  @Test
  void completingDeletesThePartBlobsAndEndsTheUpload() {
    var upload = multipart.create("bkt", "big.txt", null);
    var one = multipart.part(upload, 1, "hello");
    var two = multipart.part(upload, 2, " world");
    multipart.part(upload, 3, " never listed");

    var object = multipart.complete(upload, List.of(one, two));

    assertThat(store.blobs.blobIds()).containsExactly(object.value().blobId());
    assertThat(multipart.complete(upload, List.of(one, two)).failure().code())
        .isEqualTo("NoSuchUpload");
  }

  @Test
  void completingOverAnExistingKeyDeletesItsBlob() {
    var old = store.put("bkt", "big.txt", "old");
    var upload = multipart.create("bkt", "big.txt", null);
    var one = multipart.part(upload, 1, "new");

    var object = multipart.complete(upload, List.of(one));

    assertThat(store.blobs.blobIds())
        .containsExactly(object.value().blobId())
        .doesNotContain(old.blobId());
  }

  @Test
  void aPartNumberOutside1To10000IsInvalidArgument() {
    var upload = multipart.create("bkt", "k", null);

    for (int n : new int[] {0, 10_001}) {
      var part = multipart.upload(upload, n, "x");
      assertThat(part.failure().code()).isEqualTo("InvalidArgument");
      assertThat(part.failure().status()).isEqualTo(400);
      assertThat(part.failure().message())
          .isEqualTo("Part number must be an integer between 1 and 10000, inclusive");
      assertThat(part.failure().details()).containsEntry("ArgumentValue", Integer.toString(n));
    }
    assertThat(store.blobs.fileCount()).isZero();
  }

  @Test
  void anUnknownUploadIsNoSuchUpload() {
    var upload = multipart.create("bkt", "k", null);
    var stranger =
        new dev.sluice.core.objects.MultipartUpload(
            "no-such-id", "bkt", "k", upload.initiated(), upload.attributes(), null, "x");
    var otherKey =
        new dev.sluice.core.objects.MultipartUpload(
            upload.uploadId(), "bkt", "other", upload.initiated(), upload.attributes(), null, "x");

    var part = multipart.upload(stranger, 1, "x");

    assertThat(part.failure().code()).isEqualTo("NoSuchUpload");
    assertThat(part.failure().status()).isEqualTo(404);
    assertThat(part.failure().message())
        .isEqualTo(
            "The specified upload does not exist. The upload ID may be invalid, or the upload may"
                + " have been aborted or completed.");
    assertThat(part.failure().details()).containsEntry("UploadId", "no-such-id");
    assertThat(multipart.upload(otherKey, 1, "x").failure().code()).isEqualTo("NoSuchUpload");
  }

  @Test
  void uploadingAPartAgainReplacesItAndDeletesTheOldBlob() {
    var upload = multipart.create("bkt", "k", null);
    var first = multipart.part(upload, 1, "first");

    var second = multipart.part(upload, 1, "second");

    assertThat(store.blobs.blobIds())
        .containsExactly(second.blobId())
        .doesNotContain(first.blobId());
    assertThat(multipart.complete(upload, List.of(second)).isOk()).isTrue();
    assertThat(store.read("bkt", "k")).isEqualTo("second");
  }

  @Test
  void completingWithNoPartsIsMalformedXml() {
    var upload = multipart.create("bkt", "k", null);

    var object = multipart.complete(upload, List.of());

    assertThat(object.failure().code()).isEqualTo("MalformedXML");
    assertThat(object.failure().status()).isEqualTo(400);
    assertThat(object.failure().message())
        .isEqualTo(
            "The XML you provided was not well-formed or did not validate against our published"
                + " schema");
  }

  @Test
  void completingWithAPartNeverUploadedIsInvalidPart() {
    var upload = multipart.create("bkt", "k", null);
    var one = multipart.part(upload, 1, "hello");

    var object =
        multipart.completeListing(
            upload,
            List.of(
                new CompletedPart(1, one.etag(), Map.of()),
                new CompletedPart(2, one.etag(), Map.of())));

    assertThat(object.failure().code()).isEqualTo("InvalidPart");
    assertThat(object.failure().status()).isEqualTo(400);
    assertThat(object.failure().message())
        .isEqualTo(
            "One or more of the specified parts could not be found.  The part may not have been"
                + " uploaded, or the specified entity tag may not have matched the part's entity"
                + " tag.");
    assertThat(object.failure().details()).containsEntry("PartNumber", "2");
  }

  @Test
  void completingWithAnEtagThatDoesNotMatchThePartIsInvalidPart() {
    var upload = multipart.create("bkt", "k", null);
    multipart.part(upload, 1, "hello");

    var object =
        multipart.completeListing(
            upload,
            List.of(new CompletedPart(1, "\"00000000000000000000000000000000\"", Map.of())));

    assertThat(object.failure().code()).isEqualTo("InvalidPart");
  }

  @Test
  void completingWithPartsOutOfOrderIsInvalidPartOrder() {
    var upload = multipart.create("bkt", "k", null);
    var one = multipart.part(upload, 1, "hello");
    var two = multipart.part(upload, 2, "world");

    var swapped = multipart.complete(upload, List.of(two, one));
    var repeated = multipart.complete(upload, List.of(one, one));

    assertThat(swapped.failure().code()).isEqualTo("InvalidPartOrder");
    assertThat(swapped.failure().status()).isEqualTo(400);
    assertThat(swapped.failure().message())
        .isEqualTo(
            "The list of parts was not in ascending order. Parts must be ordered by part number.");
    assertThat(repeated.failure().code()).isEqualTo("InvalidPartOrder");
  }

  @Test
  void aPartSmallerThanTheMinimumBeforeTheLastIsEntityTooSmall(@TempDir Path other) {
    var s3Limits = new ObjectStoreFixture(other);
    s3Limits.bucket("bkt");
    var mp = new MultipartFixture(s3Limits);
    var upload = mp.create("bkt", "k", null);
    var one = mp.part(upload, 1, "tiny");
    var two = mp.part(upload, 2, "last");

    var object = mp.complete(upload, List.of(one, two));

    assertThat(object.failure().code()).isEqualTo("EntityTooSmall");
    assertThat(object.failure().status()).isEqualTo(400);
    assertThat(object.failure().message())
        .isEqualTo("Your proposed upload is smaller than the minimum allowed size");
    assertThat(object.failure().details())
        .containsEntry("ProposedSize", "4")
        .containsEntry("MinSizeAllowed", "5242880")
        .containsEntry("PartNumber", "1")
        .containsEntry("ETag", Etags.unquote(one.etag()));
    assertThat(s3Limits.catalog.findUpload(upload.uploadId())).isPresent();
  }

  @Test
  void theLastPartMayBeSmallerThanTheMinimum() {
    var upload = multipart.create("bkt", "k", null);
    var one = multipart.part(upload, 1, "12345");
    var two = multipart.part(upload, 2, "6");

    assertThat(multipart.complete(upload, List.of(one, two)).isOk()).isTrue();
  }

  @Test
  void readingAPartOfAMultipartObjectReadsThatPartsBytes() {
    var upload = multipart.create("bkt", "k", null);
    var parts =
        List.of(
            multipart.part(upload, 1, "aaaaaa"),
            multipart.part(upload, 2, "bbbbb"),
            multipart.part(upload, 3, "cc"));
    multipart.complete(upload, parts);

    var second =
        store.service.getObject(
            new GetObjectInput("bkt", "k", null, Preconditions.none(), 2), true);
    var fourth =
        store.service.getObject(
            new GetObjectInput("bkt", "k", null, Preconditions.none(), 4), true);

    assertThat(second.value().first()).isEqualTo(6);
    assertThat(second.value().partial()).isTrue();
    assertThat(ObjectStoreFixture.body(second.value())).isEqualTo("bbbbb");
    assertThat(fourth.failure().code()).isEqualTo("InvalidPartNumber");
    assertThat(fourth.failure().details()).containsEntry("ActualPartCount", "3");
  }

  @Test
  void abortingDeletesThePartsAndEndsTheUpload() {
    var upload = multipart.create("bkt", "k", null);
    multipart.part(upload, 1, "hello");

    var aborted = store.service.abortMultipartUpload("bkt", "k", upload.uploadId());

    assertThat(aborted.isOk()).isTrue();
    assertThat(store.blobs.blobIds()).isEmpty();
    assertThat(multipart.upload(upload, 2, "x").failure().code()).isEqualTo("NoSuchUpload");
    assertThat(store.service.abortMultipartUpload("bkt", "k", upload.uploadId()).failure().code())
        .isEqualTo("NoSuchUpload");
  }

  @Test
  void listsPartsInPagesAfterAPartNumberMarker() {
    var upload = multipart.create("bkt", "k", null);
    multipart.part(upload, 1, "a");
    multipart.part(upload, 2, "b");
    multipart.part(upload, 5, "c");

    var first = store.service.listParts("bkt", "k", upload.uploadId(), 0, 2);
    var second = store.service.listParts("bkt", "k", upload.uploadId(), 2, 2);

    assertThat(first.value().parts()).extracting(p -> p.partNumber()).containsExactly(1, 2);
    assertThat(first.value().truncated()).isTrue();
    assertThat(first.value().nextPartNumberMarker()).isEqualTo(2);
    assertThat(first.value().upload()).isEqualTo(upload);
    assertThat(second.value().parts()).extracting(p -> p.partNumber()).containsExactly(5);
    assertThat(second.value().truncated()).isFalse();
    assertThat(store.service.listParts("bkt", "k", "nope", 0, 2).failure().code())
        .isEqualTo("NoSuchUpload");
  }

  @Test
  void copyingAMultipartObjectMakesASinglePartObjectWithAPlainMd5Etag() throws Exception {
    var upload = multipart.create("bkt", "k", null);
    multipart.complete(
        upload, List.of(multipart.part(upload, 1, "hello"), multipart.part(upload, 2, " world")));

    var copy =
        store.service.copyObject(
            new dev.sluice.core.objects.CopyObjectInput(
                "bkt",
                "k",
                "bkt",
                "copy",
                dev.sluice.core.objects.MetadataDirective.COPY,
                null,
                Preconditions.none(),
                null,
                ObjectStoreFixture.context()));

    assertThat(copy.value().etag()).isEqualTo("\"" + md5Hex("hello world") + "\"");
    assertThat(copy.value().partsCount()).isZero();
    assertThat(copy.value().partSizes()).isEmpty();
  }
}
