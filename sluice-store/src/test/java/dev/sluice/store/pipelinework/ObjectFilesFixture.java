package dev.sluice.store.pipelinework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.NotificationTargets;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectLimits;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.PutObjectInput;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.objects.internal.CatalogObjectService;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.pipelines.work.internal.StoreObjectFiles;
import dev.sluice.core.result.Result;
import dev.sluice.store.StoreFixture;
import dev.sluice.store.StoreSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** A real object service on a fresh embedded (H2) store, and pipeline work's view of it. */
abstract class ObjectFilesFixture extends StoreFixture {
  static final RequestContext CONTEXT =
      new RequestContext("123456789012", "datapipeline", "127.0.0.1", "REQ", "HOST", "us-east-1");

  protected ObjectService service;
  protected ObjectFiles files;

  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }

  @BeforeEach
  void objectFiles() {
    service =
        new CatalogObjectService(
            store.objects(),
            store.blobs(),
            clock,
            EventSignal.none(),
            NotificationTargets.unknown(),
            ObjectLimits.defaults());
    files = new StoreObjectFiles(service, store.blobs(), CONTEXT);
  }

  void bucket(String name) {
    ok(service.createBucket(name, "us-east-1", CONTEXT));
  }

  void put(String bucket, String key, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ok(
        service.putObject(
            new PutObjectInput(
                bucket,
                key,
                new ByteArrayInputStream(bytes),
                bytes.length,
                ObjectAttributes.none(),
                ExpectedDigests.none(),
                Preconditions.none(),
                CONTEXT)));
  }

  String read(String bucket, String key) {
    var read =
        ok(
            service.getObject(
                new GetObjectInput(bucket, key, null, Preconditions.none(), null), true));
    try (read) {
      return new String(
          Channels.newInputStream(read.channel()).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every key of the bucket, in key order. */
  List<String> keys(String bucket) {
    return ok(service.listObjects(new ListObjectsInput(bucket, null, null, null, 1000)))
        .contents()
        .stream()
        .map(ObjectRecord::key)
        .toList();
  }

  static S3Location s3(String uri) {
    return ok(S3Location.parse(uri));
  }

  static <T> T ok(Result<T> result) {
    assertThat(result.isOk()).as("%s", result).isTrue();
    return result.value();
  }

  static void fails(Result<?> result, String code) {
    assertThat(result.isOk()).as("%s", result).isFalse();
    assertThat(result.failure().code()).isEqualTo(code);
  }
}
