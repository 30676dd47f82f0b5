package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.ObjectListing;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.result.Result;

/** ListObjects: a page of keys and common prefixes in UTF-8 order. */
final class ListObjectsOperation {

  private final Backend backend;

  ListObjectsOperation(Backend backend) {
    this.backend = backend;
  }

  Result<ObjectListing> list(ListObjectsInput in) {
    var bucket = backend.bucket(in.bucket());
    if (!bucket.isOk()) {
      return Result.err(bucket.failure());
    }
    var delimiting = new Delimiting(in.prefix(), in.delimiter(), backend.limits().maxKeyBytes());
    var listing = new DelimitedListing<ObjectRecord>(delimiting, ObjectRecord::key, r -> null);
    var start = new DelimitedListing.Position(delimiting.after(in.startAfter()), null);
    var page =
        listing.page(
            start,
            in.maxKeys(),
            (after, limit) ->
                backend
                    .catalog()
                    .listObjects(in.bucket(), delimiting.prefix(), after.key(), limit));
    return Result.ok(
        new ObjectListing(page.entries(), page.commonPrefixes(), page.truncated(), page.lastKey()));
  }
}
