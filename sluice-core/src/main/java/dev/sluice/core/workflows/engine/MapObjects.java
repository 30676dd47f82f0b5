package dev.sluice.core.workflows.engine;

import dev.sluice.asl.ListedObject;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * The object store as a distributed Map's ItemReader and ResultWriter reach it; the S3 integration
 * provides it ({@link S3Tasks}).
 */
interface MapObjects {

  /** The text of object {@code key} in {@code bucket}. */
  Result<String> read(String bucket, String key);

  /** Every object in {@code bucket} whose key starts with {@code prefix} (null: all), in order. */
  Result<List<ListedObject>> list(String bucket, String prefix);

  /** Writes {@code text} as object {@code key} in {@code bucket} for {@code account}. */
  Result<Void> write(String bucket, String key, String text, String account, String region);
}
