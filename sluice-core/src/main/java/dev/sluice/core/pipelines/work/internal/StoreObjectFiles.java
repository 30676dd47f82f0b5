package dev.sluice.core.pipelines.work.internal;

import dev.sluice.core.objects.BlobStore;
import dev.sluice.core.objects.CopyObjectInput;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.MetadataDirective;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectRead;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.PutObjectInput;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.pipelines.work.ObjectEntry;
import dev.sluice.core.pipelines.work.ObjectFile;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Pipeline work's view of Sluice's own object store: reads and writes go through the {@link
 * ObjectService} (so writes notify as any S3 write does, made as {@code context}); files are read
 * in place when the {@link BlobStore} keeps them locally. S3's failures are answered unchanged; a
 * local file that cannot be read or written is an {@code InternalError}.
 */
public final class StoreObjectFiles implements ObjectFiles {
  private static final String NO_SUCH_KEY = "NoSuchKey";

  private final ObjectService objects;
  private final BlobStore blobs;
  private final RequestContext context;
  private final int pageSize;

  /** Lists a thousand keys a page, as S3 does. */
  public StoreObjectFiles(ObjectService objects, BlobStore blobs, RequestContext context) {
    this(objects, blobs, context, DirectoryListing.PAGE);
  }

  /** Lists {@code pageSize} keys a page. */
  public StoreObjectFiles(
      ObjectService objects, BlobStore blobs, RequestContext context, int pageSize) {
    this.objects = objects;
    this.blobs = blobs;
    this.context = context;
    this.pageSize = pageSize;
  }

  @Override
  public Result<List<ObjectFile>> list(S3Location location) {
    if (!location.key().isEmpty() && !location.key().endsWith("/")) {
      Result<ObjectRead> head = head(location);
      if (head.isOk()) {
        return Result.ok(List.of(file(head.value().record())));
      }
      if (!head.failure().code().equals(NO_SUCH_KEY)) {
        return Result.err(head.failure());
      }
    }
    return DirectoryListing.files(objects, location, pageSize)
        .map(records -> records.stream().map(this::file).toList());
  }

  @Override
  public Result<Boolean> exists(S3Location location) {
    if (location.key().isEmpty()) {
      return objects.headBucket(location.bucket()).map(bucket -> false);
    }
    Result<ObjectRead> head = head(location);
    if (head.isOk() || !head.failure().code().equals(NO_SUCH_KEY)) {
      return head.map(read -> true);
    }
    return Result.ok(false);
  }

  @Override
  public Result<Boolean> prefixNotEmpty(S3Location location) {
    var directory = location.asDirectory();
    return objects
        .listObjects(new ListObjectsInput(directory.bucket(), directory.key(), null, null, 2))
        .map(page -> page.contents().stream().anyMatch(r -> !r.key().equals(directory.key())));
  }

  @Override
  public Result<Void> download(ObjectFile file, Path target) {
    var read =
        objects.getObject(
            new GetObjectInput(file.bucket(), file.key(), null, Preconditions.none(), null), true);
    if (!read.isOk()) {
      return Result.err(read.failure());
    }
    try (ObjectRead object = read.value();
        FileChannel out =
            FileChannel.open(
                target,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
      long copied = 0;
      while (copied < object.length()) {
        long n = out.transferFrom(object.channel(), copied, object.length() - copied);
        if (n <= 0) {
          return Result.err(local("s3://" + file.bucket() + "/" + file.key() + " ended early"));
        }
        copied += n;
      }
      return Result.ok(null);
    } catch (IOException e) {
      return Result.err(local("Could not write " + target + ": " + e.getMessage()));
    }
  }

  @Override
  public Result<Void> upload(Path file, S3Location location, Map<String, String> metadata) {
    var attributes = new ObjectAttributes(null, null, null, null, null, null, null, null, metadata);
    try (var body = Files.newInputStream(file)) {
      return objects
          .putObject(
              new PutObjectInput(
                  location.bucket(),
                  location.key(),
                  body,
                  Files.size(file),
                  attributes,
                  ExpectedDigests.none(),
                  Preconditions.none(),
                  context))
          .map(record -> null);
    } catch (IOException e) {
      return Result.err(local("Could not read " + file + ": " + e.getMessage()));
    }
  }

  @Override
  public Result<List<ObjectEntry>> everythingUnder(S3Location location) {
    return DirectoryListing.all(objects, location, pageSize)
        .map(
            records ->
                records.stream()
                    .map(r -> new ObjectEntry(r.bucket(), r.key(), r.attributes().userMetadata()))
                    .toList());
  }

  @Override
  public Result<Void> delete(S3Location location) {
    return objects.deleteObject(location.bucket(), location.key(), context);
  }

  @Override
  public Result<Void> copy(S3Location from, S3Location to) {
    return objects
        .copyObject(
            new CopyObjectInput(
                from.bucket(),
                from.key(),
                to.bucket(),
                to.key(),
                MetadataDirective.COPY,
                null,
                Preconditions.none(),
                null,
                context))
        .map(record -> null);
  }

  private Result<ObjectRead> head(S3Location location) {
    return objects.getObject(
        new GetObjectInput(location.bucket(), location.key(), null, Preconditions.none(), null),
        false);
  }

  private ObjectFile file(ObjectRecord record) {
    return new ObjectFile(
        record.bucket(),
        record.key(),
        record.size(),
        blobs.localPath(record.blobId()).orElse(null));
  }

  private static Failure local(String message) {
    return Failure.of("InternalError", 500, message);
  }
}
