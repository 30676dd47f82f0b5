package dev.sluice.server.internal.functions;

import dev.sluice.core.functions.CodeObjects;
import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.util.function.Supplier;

/**
 * Reads deployment packages named by S3Bucket/S3Key from Sluice's own object store, answering a
 * missing bucket or key as Lambda does.
 */
public final class ObjectStoreCode implements CodeObjects {
  private final Supplier<ObjectService> objects;

  /** {@code objects} is asked on each read: the object service is created after this adapter. */
  public ObjectStoreCode(Supplier<ObjectService> objects) {
    this.objects = objects;
  }

  @Override
  public Result<byte[]> read(String bucket, String key, String version) {
    var input = new GetObjectInput(bucket, key, null, Preconditions.none(), null);
    var read = objects.get().getObject(input, true);
    if (!read.isOk()) {
      return Result.err(lambdaFailure(read.failure()));
    }
    try (var object = read.value()) {
      return Result.ok(Channels.newInputStream(object.channel()).readNBytes((int) object.length()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read s3://" + bucket + "/" + key, e);
    }
  }

  private static Failure lambdaFailure(Failure s3) {
    return Failure.of(
            "InvalidParameterValueException",
            400,
            "Error occurred while GetObject. S3 Error Code: "
                + s3.code()
                + ". S3 Error Message: "
                + s3.message())
        .with("Type", "User");
  }
}
