package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.CompletedPart;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.NotificationEventNames;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Part;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CompleteMultipartUpload: check the listed parts against the uploaded ones, join their blobs into
 * the object's blob, and commit the object, its event and the end of the upload together.
 */
final class CompleteMultipartOperation {

  private static final Logger LOG = LoggerFactory.getLogger(CompleteMultipartOperation.class);

  private final Backend backend;

  CompleteMultipartOperation(Backend backend) {
    this.backend = backend;
  }

  Result<ObjectRecord> complete(
      String bucket, String key, String uploadId, List<CompletedPart> listed, RequestContext ctx) {
    var found = backend.bucket(bucket);
    var upload = found.flatMap(b -> backend.upload(bucket, key, uploadId));
    if (!upload.isOk()) {
      return Result.err(upload.failure());
    }
    return parts(uploadId, listed)
        .flatMap(
            parts ->
                join(parts).map(blob -> commit(found.value(), upload.value(), parts, blob, ctx)));
  }

  /** The uploaded parts the client listed, in order, if the list is acceptable. */
  private Result<List<Part>> parts(String uploadId, List<CompletedPart> listed) {
    if (listed.isEmpty()) {
      return Result.err(S3Failures.malformedXml());
    }
    for (int i = 1; i < listed.size(); i++) {
      if (listed.get(i).partNumber() <= listed.get(i - 1).partNumber()) {
        return Result.err(S3Failures.invalidPartOrder(uploadId));
      }
    }
    var uploaded = new HashMap<Integer, Part>();
    backend
        .catalog()
        .listParts(uploadId, 0, backend.limits().maxParts())
        .forEach(p -> uploaded.put(p.partNumber(), p));
    var chosen = new ArrayList<Part>(listed.size());
    for (var wanted : listed) {
      var part = Optional.ofNullable(uploaded.get(wanted.partNumber()));
      if (part.isEmpty() || !matches(wanted, part.get())) {
        return Result.err(S3Failures.invalidPart(uploadId, wanted.partNumber(), wanted.etag()));
      }
      chosen.add(part.get());
    }
    return tooSmall(chosen).<Result<List<Part>>>map(Result::err).orElseGet(() -> Result.ok(chosen));
  }

  private static boolean matches(CompletedPart wanted, Part part) {
    return Etags.same(wanted.etag(), part.etag())
        && wanted.checksums().entrySet().stream()
            .allMatch(c -> c.getValue().equals(part.checksums().get(c.getKey())));
  }

  /** Every part but the last must have the minimum part size. */
  private Optional<Failure> tooSmall(List<Part> parts) {
    long min = backend.limits().minPartSize();
    for (var part : parts.subList(0, parts.size() - 1)) {
      if (part.size() < min) {
        return Optional.of(
            S3Failures.entityTooSmall(
                part.size(), min, part.partNumber(), Etags.unquote(part.etag())));
      }
    }
    return Optional.empty();
  }

  private Result<String> join(List<Part> parts) {
    try (var writer = backend.blobs().create()) {
      for (var part : parts) {
        writer.append(part.blobId(), 0, part.size());
      }
      return Result.ok(writer.commit());
    } catch (IOException e) {
      LOG.warn("cannot join the parts of upload {}", parts.getFirst().uploadId(), e);
      return Result.err(S3Failures.internalError());
    }
  }

  private ObjectRecord commit(
      Bucket bucket, MultipartUpload upload, List<Part> parts, String blobId, RequestContext ctx) {
    var now = backend.clock().now().truncatedTo(ChronoUnit.MILLIS);
    long size = parts.stream().mapToLong(Part::size).sum();
    var record =
        new ObjectRecord(
            bucket.name(),
            upload.key(),
            blobId,
            size,
            MultipartChecksums.etag(parts),
            now,
            upload.attributes(),
            MultipartChecksums.checksums(upload.algorithm(), parts),
            parts.size(),
            backend.sequencer().next(),
            parts.stream().map(Part::size).toList());
    var change = ObjectChange.created(NotificationEventNames.CREATED_COMPLETE, record);
    var events = backend.events().of(bucket, change, ctx, now);
    var unreferenced = backend.catalog().completeUpload(upload.uploadId(), record, events);
    backend.committed(events);
    backend.deleteBlobs(unreferenced, blobId);
    return record;
  }
}
