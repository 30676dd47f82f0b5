package dev.sluice.core.pipelines.work;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/**
 * A place in Sluice's object store named as pipelines name it: {@code s3://bucket/key}, {@code
 * s3n://...} or {@code s3a://...} (all three resolve alike). An empty key is the whole bucket.
 */
public record S3Location(String bucket, String key) {

  public static Result<S3Location> parse(String uri) {
    if (uri == null) {
      return Result.err(invalid("null"));
    }
    var trimmed = uri.strip();
    int scheme = trimmed.indexOf("://");
    if (scheme < 0) {
      return Result.err(invalid(uri));
    }
    var name = trimmed.substring(0, scheme);
    if (!name.equals("s3") && !name.equals("s3n") && !name.equals("s3a")) {
      return Result.err(invalid(uri));
    }
    var rest = trimmed.substring(scheme + 3);
    int slash = rest.indexOf('/');
    var bucket = slash < 0 ? rest : rest.substring(0, slash);
    var key = slash < 0 ? "" : rest.substring(slash + 1);
    if (bucket.isEmpty()) {
      return Result.err(invalid(uri));
    }
    return Result.ok(new S3Location(bucket, key));
  }

  /** The same location as a directory: its key ends with {@code /} (the bucket root stays ""). */
  public S3Location asDirectory() {
    return key.isEmpty() || key.endsWith("/") ? this : new S3Location(bucket, key + "/");
  }

  /** {@code name} under this location taken as a directory. */
  public S3Location child(String name) {
    return new S3Location(bucket, asDirectory().key + name);
  }

  public String uri() {
    return "s3://" + bucket + "/" + key;
  }

  private static Failure invalid(String uri) {
    return Failure.of("InvalidRequestException", 400, "Not an S3 location: " + uri);
  }
}
