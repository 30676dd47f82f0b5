package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ListUploadsInput;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.UploadListing;
import dev.sluice.core.result.Result;

/** ListMultipartUploads: uploads by key then age, rolled up into common prefixes like keys. */
final class ListUploadsOperation {

  private final Backend backend;

  ListUploadsOperation(Backend backend) {
    this.backend = backend;
  }

  Result<UploadListing> list(ListUploadsInput in) {
    var bucket = backend.bucket(in.bucket());
    if (!bucket.isOk()) {
      return Result.err(bucket.failure());
    }
    var delimiting = new Delimiting(in.prefix(), in.delimiter(), backend.limits().maxKeyBytes());
    var listing =
        new DelimitedListing<>(delimiting, MultipartUpload::key, MultipartUpload::uploadId);
    var page =
        listing.page(
            start(in, delimiting),
            in.maxUploads(),
            (after, limit) ->
                backend
                    .catalog()
                    .listUploads(in.bucket(), delimiting.prefix(), after.key(), after.id(), limit));
    return Result.ok(
        new UploadListing(
            page.entries(),
            page.commonPrefixes(),
            page.truncated(),
            page.lastKey(),
            page.lastId()));
  }

  /** A key marker that is a common prefix continues past it, whatever the upload-id marker. */
  private static DelimitedListing.Position start(ListUploadsInput in, Delimiting delimiting) {
    String keyMarker = delimiting.after(in.keyMarker());
    boolean prefixMarker = keyMarker != null && !keyMarker.equals(in.keyMarker());
    return new DelimitedListing.Position(keyMarker, prefixMarker ? null : in.uploadIdMarker());
  }
}
