package dev.sluice.runtime.steps;

import dev.sluice.core.pipelines.work.ObjectEntry;
import dev.sluice.core.pipelines.work.ObjectFile;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An object store for tests: buckets of objects whose bytes live in files under a temporary
 * directory, listed with Hadoop's directory rules. With {@code inPlace} the objects offer their
 * files ({@link ObjectFile#localPath()}) as the embedded blob store does; without, they must be
 * downloaded. Uploads are recorded in order.
 */
public final class TempDirObjectFiles implements ObjectFiles {

  private final Path root;
  private final boolean inPlace;
  private final Map<String, TreeMap<String, Path>> buckets = new TreeMap<>();
  private final Map<String, Map<String, String>> metadata = new TreeMap<>();
  private final List<String> uploads = new ArrayList<>();
  private final AtomicInteger blobs = new AtomicInteger();

  public TempDirObjectFiles(Path root, boolean inPlace) {
    this.root = root;
    this.inPlace = inPlace;
  }

  public synchronized TempDirObjectFiles bucket(String name) {
    buckets.computeIfAbsent(name, n -> new TreeMap<>());
    return this;
  }

  public TempDirObjectFiles put(String bucket, String key, String content) {
    return put(bucket, key, content.getBytes(StandardCharsets.UTF_8));
  }

  /** An object with user metadata. */
  public synchronized TempDirObjectFiles put(
      String bucket, String key, String content, Map<String, String> userMetadata) {
    put(bucket, key, content);
    metadata.put(bucket + "/" + key, Map.copyOf(userMetadata));
    return this;
  }

  public synchronized Map<String, String> metadata(String bucket, String key) {
    return metadata.getOrDefault(bucket + "/" + key, Map.of());
  }

  public synchronized TempDirObjectFiles put(String bucket, String key, byte[] content) {
    var blob = root.resolve("blob-" + blobs.incrementAndGet());
    try {
      Files.write(blob, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bucket(bucket).buckets.get(bucket).put(key, blob);
    metadata.remove(bucket + "/" + key);
    return this;
  }

  public synchronized String read(String bucket, String key) {
    try {
      return Files.readString(buckets.get(bucket).get(key), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized List<String> keys(String bucket) {
    return List.copyOf(buckets.get(bucket).keySet());
  }

  /** The {@code s3://bucket/key} of every upload, in order. */
  public synchronized List<String> uploads() {
    return List.copyOf(uploads);
  }

  @Override
  public synchronized Result<List<ObjectFile>> list(S3Location location) {
    var objects = buckets.get(location.bucket());
    if (objects == null) {
      return noSuchBucket(location);
    }
    if (!location.key().isEmpty() && objects.containsKey(location.key())) {
      return Result.ok(List.of(file(location.bucket(), location.key())));
    }
    var prefix = location.asDirectory().key();
    var found = new ArrayList<ObjectFile>();
    for (var key : objects.tailMap(prefix).keySet()) {
      if (!key.startsWith(prefix)) {
        break;
      }
      if (!key.endsWith("/")
          && !key.endsWith("_$folder$")
          && !hidden(key.substring(prefix.length()))) {
        found.add(file(location.bucket(), key));
      }
    }
    return Result.ok(found);
  }

  @Override
  public synchronized Result<Boolean> exists(S3Location location) {
    var objects = buckets.get(location.bucket());
    return objects == null
        ? noSuchBucket(location)
        : Result.ok(objects.containsKey(location.key()));
  }

  @Override
  public synchronized Result<Boolean> prefixNotEmpty(S3Location location) {
    var objects = buckets.get(location.bucket());
    if (objects == null) {
      return noSuchBucket(location);
    }
    var prefix = location.asDirectory().key();
    var next = objects.ceilingKey(prefix);
    return Result.ok(next != null && next.startsWith(prefix));
  }

  @Override
  public synchronized Result<Void> download(ObjectFile file, Path target) {
    try {
      Files.copy(
          buckets.get(file.bucket()).get(file.key()), target, StandardCopyOption.REPLACE_EXISTING);
      return Result.ok(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized Result<Void> upload(
      Path file, S3Location location, Map<String, String> userMetadata) {
    try {
      put(location.bucket(), location.key(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    metadata.put(location.bucket() + "/" + location.key(), Map.copyOf(userMetadata));
    uploads.add(location.uri());
    return Result.ok(null);
  }

  @Override
  public synchronized Result<List<ObjectEntry>> everythingUnder(S3Location location) {
    var objects = buckets.get(location.bucket());
    if (objects == null) {
      return noSuchBucket(location);
    }
    var prefix = location.asDirectory().key();
    var found = new ArrayList<ObjectEntry>();
    for (var key : objects.tailMap(prefix).keySet()) {
      if (!key.startsWith(prefix)) {
        break;
      }
      found.add(new ObjectEntry(location.bucket(), key, metadata(location.bucket(), key)));
    }
    return Result.ok(found);
  }

  @Override
  public synchronized Result<Void> delete(S3Location location) {
    var objects = buckets.get(location.bucket());
    if (objects == null) {
      return noSuchBucket(location);
    }
    objects.remove(location.key());
    metadata.remove(location.bucket() + "/" + location.key());
    return Result.ok(null);
  }

  @Override
  public synchronized Result<Void> copy(S3Location from, S3Location to) {
    put(to.bucket(), to.key(), read(from.bucket(), from.key()));
    return Result.ok(null);
  }

  private ObjectFile file(String bucket, String key) {
    var blob = buckets.get(bucket).get(key);
    try {
      return new ObjectFile(bucket, key, Files.size(blob), inPlace ? blob : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hidden(String relative) {
    for (var segment : relative.split("/")) {
      if (segment.startsWith("_") || segment.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static <T> Result<T> noSuchBucket(S3Location location) {
    return Result.err(
        Failure.of("NoSuchBucket", 404, "The specified bucket does not exist")
            .with("BucketName", location.bucket()));
  }
}
