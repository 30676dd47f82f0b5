package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.NotificationTargets;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectLimits;
import dev.sluice.core.objects.ObjectRead;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.PutObjectInput;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.result.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A service over the in-memory catalog and a temp-directory blob store, with test helpers. */
final class ObjectStoreFixture {

  static final String ACCOUNT = "111122223333";
  static final Instant START = Instant.parse("2026-01-02T03:04:05.678Z");

  final ManualClock clock = new ManualClock(START);
  final InMemoryObjectCatalog catalog = new InMemoryObjectCatalog();
  final TempDirBlobStore blobs;
  final AtomicInteger signals = new AtomicInteger();

  /** Targets whose existence a test decided; any other answers "no such service running". */
  final Map<String, Boolean> targets = new HashMap<>();

  final ObjectService service;

  ObjectStoreFixture(Path dir) {
    this(dir, ObjectLimits.defaults());
  }

  ObjectStoreFixture(Path dir, ObjectLimits limits) {
    this.blobs = new TempDirBlobStore(dir);
    NotificationTargets known = (kind, arn) -> Optional.ofNullable(targets.get(arn));
    this.service =
        new CatalogObjectService(catalog, blobs, clock, signals::incrementAndGet, known, limits);
  }

  /** A store whose notification destinations {@code services} check. */
  ObjectStoreFixture(Path dir, NotificationTargets services) {
    this.blobs = new TempDirBlobStore(dir);
    this.service =
        new CatalogObjectService(
            catalog, blobs, clock, signals::incrementAndGet, services, ObjectLimits.defaults());
  }

  static RequestContext context() {
    return context(ACCOUNT);
  }

  static RequestContext context(String account) {
    return new RequestContext(
        account, "AWS:AIDAEXAMPLE", "192.0.2.7", "REQ123", "HOST456", "us-east-1");
  }

  Bucket bucket(String name) {
    var created = service.createBucket(name, "us-east-1", context());
    assertThat(created.isOk()).as("%s", created).isTrue();
    return created.value();
  }

  ObjectRecord put(String bucket, String key, String body) {
    var stored = put(input(bucket, key, bytes(body), ExpectedDigests.none()));
    assertThat(stored.isOk()).as("%s", stored).isTrue();
    return stored.value();
  }

  Result<ObjectRecord> put(PutObjectInput input) {
    return service.putObject(input);
  }

  static PutObjectInput input(String bucket, String key, byte[] body, ExpectedDigests digests) {
    return input(bucket, key, body, digests, Preconditions.none());
  }

  static PutObjectInput input(
      String bucket, String key, byte[] body, ExpectedDigests digests, Preconditions conditions) {
    return new PutObjectInput(
        bucket,
        key,
        new ByteArrayInputStream(body),
        body.length,
        ObjectAttributes.none(),
        digests,
        conditions,
        context());
  }

  static GetObjectInput get(String bucket, String key) {
    return new GetObjectInput(bucket, key, null, Preconditions.none(), null);
  }

  /** The bytes a read answers with. */
  static String body(ObjectRead read) {
    try (read) {
      var buffer = ByteBuffer.allocate((int) read.length());
      while (buffer.hasRemaining() && read.channel().read(buffer) > 0) {
        // keep reading until the window is full
      }
      return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String bucket, String key) {
    var read = service.getObject(get(bucket, key), true);
    assertThat(read.isOk()).as("%s", read).isTrue();
    return body(read.value());
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
