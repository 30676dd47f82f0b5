package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.CompletedPart;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Part;
import dev.sluice.core.objects.UploadPartInput;
import dev.sluice.core.result.Result;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/** Multipart helpers over an {@link ObjectStoreFixture}. */
record MultipartFixture(ObjectStoreFixture store) {

  MultipartUpload create(String bucket, String key, ChecksumAlgorithm algorithm) {
    var upload =
        store.service.createMultipartUpload(
            bucket, key, ObjectAttributes.none(), algorithm, ObjectStoreFixture.context());
    assertThat(upload.isOk()).as("%s", upload).isTrue();
    return upload.value();
  }

  Result<Part> upload(MultipartUpload upload, int partNumber, String body) {
    return upload(upload, partNumber, body, ExpectedDigests.none());
  }

  Result<Part> upload(MultipartUpload upload, int partNumber, String body, ExpectedDigests d) {
    byte[] bytes = ObjectStoreFixture.bytes(body);
    return store.service.uploadPart(
        new UploadPartInput(
            upload.bucket(),
            upload.key(),
            upload.uploadId(),
            partNumber,
            new ByteArrayInputStream(bytes),
            bytes.length,
            d));
  }

  Part part(MultipartUpload upload, int partNumber, String body) {
    var part = upload(upload, partNumber, body);
    assertThat(part.isOk()).as("%s", part).isTrue();
    return part.value();
  }

  Result<ObjectRecord> complete(MultipartUpload upload, List<Part> parts) {
    return completeListing(
        upload,
        parts.stream().map(p -> new CompletedPart(p.partNumber(), p.etag(), Map.of())).toList());
  }

  Result<ObjectRecord> completeListing(MultipartUpload upload, List<CompletedPart> parts) {
    return store.service.completeMultipartUpload(
        upload.bucket(), upload.key(), upload.uploadId(), parts, ObjectStoreFixture.context());
  }
}
