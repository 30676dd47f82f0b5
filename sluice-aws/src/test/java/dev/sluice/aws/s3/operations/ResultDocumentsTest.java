package dev.sluice.aws.s3.operations;

import static dev.sluice.aws.s3.support.RecordingObjectService.T0;
import static dev.sluice.aws.s3.support.RecordingObjectService.record;
import static dev.sluice.aws.s3.support.RecordingObjectService.upload;

import dev.sluice.aws.s3.internal.CanonicalUser;
import dev.sluice.aws.s3.internal.EncodingType;
import dev.sluice.aws.s3.support.Golden;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.DeleteOutcome;
import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.ListUploadsInput;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectListing;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Part;
import dev.sluice.core.objects.PartListing;
import dev.sluice.core.objects.UploadListing;
import dev.sluice.core.result.Failure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every result document, rendered as S3 renders it, against reviewed golden files. */
class ResultDocumentsTest {
  private static final CanonicalUser OWNER = CanonicalUser.of("000000000000");
  private static final EncodingType PLAIN = new EncodingType(false);
  private static final EncodingType URL = new EncodingType(true);

  private static ObjectRecord withChecksum(ObjectRecord r, String crc32) {
    return new ObjectRecord(
        r.bucket(),
        r.key(),
        r.blobId(),
        r.size(),
        r.etag(),
        r.lastModified(),
        new ObjectAttributes(null, null, null, null, null, null, "GLACIER", null, Map.of()),
        Map.of(ChecksumAlgorithm.CRC32, crc32),
        r.partsCount(),
        r.sequencer());
  }

  @Test
  void listAllMyBucketsResult() {
    var page =
        new ListBuckets.Page(
            OWNER,
            List.of(
                new Bucket("alpha", "000000000000", "us-east-1", T0),
                new Bucket(
                    "beta", "000000000000", "eu-west-1", Instant.parse("2026-01-02T03:04:05Z"))),
            null,
            null);

    Golden.assertMatches("ListBuckets", ListBuckets.render(page).toString());
  }

  @Test
  void listAllMyBucketsResultWithAnotherPage() {
    var page =
        new ListBuckets.Page(
            OWNER, List.of(new Bucket("alpha", "000000000000", "us-east-1", T0)), "al", "YWxwaGE");

    Golden.assertMatches("ListBuckets-paged", ListBuckets.render(page).toString());
  }

  @Test
  void locationConstraintIsEmptyForUsEast1() {
    Golden.assertMatches(
        "GetBucketLocation-us-east-1", GetBucketLocation.render("us-east-1").toString());
    Golden.assertMatches(
        "GetBucketLocation-eu-west-1", GetBucketLocation.render("eu-west-1").toString());
  }

  @Test
  void listBucketResultV2() {
    var params = new ListObjectsV2.Params("bucket", "", null, 1000, null, null, PLAIN, false);
    var listing =
        new ObjectListing(
            List.of(record("a.txt", 11), withChecksum(record("b/c.txt", 0), "AAAAAA==")),
            List.of(),
            false,
            "b/c.txt");

    Golden.assertMatches("ListObjectsV2", ListObjectsV2.render(params, listing, null).toString());
  }

  @Test
  void listBucketResultV2TruncatedWithPrefixesOwnerAndUrlEncoding() {
    var params =
        new ListObjectsV2.Params(
            "bucket", "dir one/", "/", 2, "ZGlyIG9uZS8w", "dir one/0", URL, true);
    var listing =
        new ObjectListing(
            List.of(record("dir one/a+b&c.txt", 3)),
            List.of("dir one/sub €/"),
            true,
            "dir one/sub €/");

    Golden.assertMatches(
        "ListObjectsV2-truncated-url", ListObjectsV2.render(params, listing, OWNER).toString());
  }

  @Test
  void listBucketResultV1() {
    var input = new ListObjectsInput("bucket", "logs/", "/", null, 1000);
    var listing =
        new ObjectListing(List.of(record("logs/x", 1)), List.of("logs/2026/"), true, "logs/2026/");

    Golden.assertMatches(
        "ListObjects", ListObjects.render(input, listing, PLAIN, OWNER).toString());
  }

  @Test
  void listBucketResultV1WithoutDelimiterHasNoNextMarker() {
    var input = new ListObjectsInput("bucket", "", null, "a", 1);
    var listing = new ObjectListing(List.of(record("b", 1)), List.of(), true, "b");

    Golden.assertMatches(
        "ListObjects-marker", ListObjects.render(input, listing, PLAIN, OWNER).toString());
  }

  @Test
  void deleteResult() {
    var outcomes =
        List.of(
            new DeleteOutcome("a.txt", null),
            new DeleteOutcome("locked", Failure.of("AccessDenied", 403, "Access Denied")),
            new DeleteOutcome("b<c>", null));

    Golden.assertMatches("DeleteObjects", DeleteObjects.render(outcomes, false).toString());
    Golden.assertMatches("DeleteObjects-quiet", DeleteObjects.render(outcomes, true).toString());
  }

  @Test
  void copyObjectResult() {
    Golden.assertMatches(
        "CopyObject", CopyObject.render(withChecksum(record("k", 1), "sOO8/Q==")).toString());
  }

  @Test
  void copyPartResult() {
    var part = new Part("UPLOAD-1", 2, "blob", 5, "\"p2\"", T0, Map.of());

    Golden.assertMatches("UploadPartCopy", UploadPartCopy.render(part).toString());
  }

  @Test
  void initiateMultipartUploadResult() {
    Golden.assertMatches(
        "CreateMultipartUpload",
        CreateMultipartUpload.render(upload("dir/big file.bin")).toString());
  }

  @Test
  void completeMultipartUploadResult() {
    var record =
        new ObjectRecord(
            "bucket",
            "dir/big file.bin",
            "blob",
            15_000_000,
            "\"3858f62230ac3c915f300c664312c11f-3\"",
            T0,
            ObjectAttributes.none(),
            Map.of(ChecksumAlgorithm.CRC32, "sOO8/Q==-3"),
            3,
            "seq");

    Golden.assertMatches(
        "CompleteMultipartUpload",
        CompleteMultipartUpload.render("http://localhost:4566/bucket/dir/big%20file.bin", record)
            .toString());
  }

  @Test
  void listPartsResult() {
    var upload =
        new MultipartUpload(
            "UPLOAD-1",
            "bucket",
            "big",
            T0,
            ObjectAttributes.none(),
            ChecksumAlgorithm.CRC32,
            "000000000000");
    var parts =
        List.of(
            new Part(
                "UPLOAD-1",
                1,
                "b1",
                5242880,
                "\"e1\"",
                T0,
                Map.of(ChecksumAlgorithm.CRC32, "AAAAAA==")),
            new Part(
                "UPLOAD-1", 2, "b2", 7, "\"e2\"", T0, Map.of(ChecksumAlgorithm.CRC32, "AQAAAA==")));

    Golden.assertMatches(
        "ListParts", ListParts.render(new PartListing(upload, parts, true, 2), 0, 2).toString());
  }

  @Test
  void listMultipartUploadsResult() {
    var input = new ListUploadsInput("bucket", "", "/", null, null, 1000);
    var listing =
        new UploadListing(
            List.of(upload("a key"), upload("b")), List.of("dir/"), false, "b", "UPLOAD-1");

    Golden.assertMatches(
        "ListMultipartUploads", ListMultipartUploads.render(input, listing, URL).toString());
  }
}
