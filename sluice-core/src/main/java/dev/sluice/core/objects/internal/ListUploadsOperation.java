package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ListUploadsInput;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.UploadListing;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/** ListMultipartUploads: uploads by key then age, rolled up into common prefixes like keys. */
final class ListUploadsOperation {

  static final int MAX_PAGE = 1000;

  private final Backend backend;

  ListUploadsOperation(Backend backend) {
    this.backend = backend;
  }

  Result<UploadListing> list(ListUploadsInput in) {
    var bucket = backend.bucket(in.bucket());
    if (!bucket.isOk()) {
      return Result.err(bucket.failure());
    }
    int max = Math.clamp(in.maxUploads(), 0, MAX_PAGE);
    var delimiting = new Delimiting(in.prefix(), in.delimiter(), backend.limits().maxKeyBytes());
    if (max == 0) {
      return Result.ok(new UploadListing(List.of(), List.of(), false, null, null));
    }
    return Result.ok(new Page(in, delimiting, max).fill());
  }

  /** One page being filled. */
  private final class Page {
    private final ListUploadsInput in;
    private final Delimiting delimiting;
    private final int max;
    private final List<MultipartUpload> uploads = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private String lastKey;
    private String lastUploadId;

    Page(ListUploadsInput in, Delimiting delimiting, int max) {
      this.in = in;
      this.delimiting = delimiting;
      this.max = max;
    }

    UploadListing fill() {
      String keyMarker = delimiting.after(in.keyMarker());
      boolean prefixMarker = keyMarker != null && !keyMarker.equals(in.keyMarker());
      String uploadIdMarker = prefixMarker ? null : in.uploadIdMarker();
      var window = new ScanWindow(delimiting.delimiter() != null);
      while (true) {
        int limit = window.next(max - taken() + 1);
        var batch =
            backend
                .catalog()
                .listUploads(in.bucket(), delimiting.prefix(), keyMarker, uploadIdMarker, limit);
        boolean rolledUp = false;
        for (var upload : batch) {
          if (taken() == max) {
            return listing(true);
          }
          rolledUp = take(upload);
          if (rolledUp) {
            break;
          }
        }
        if (!rolledUp && batch.size() < limit) {
          return listing(false);
        }
        if (rolledUp) {
          window.rolledUp();
        } else {
          window.ranThrough();
        }
        keyMarker = delimiting.after(lastKey);
        uploadIdMarker = lastUploadId;
      }
    }

    /** Adds the upload or its common prefix; true for a common prefix. */
    private boolean take(MultipartUpload upload) {
      String common = delimiting.commonPrefix(upload.key());
      if (common == null) {
        uploads.add(upload);
        lastKey = upload.key();
        lastUploadId = upload.uploadId();
        return false;
      }
      prefixes.add(common);
      lastKey = common;
      lastUploadId = null;
      return true;
    }

    private int taken() {
      return uploads.size() + prefixes.size();
    }

    private UploadListing listing(boolean truncated) {
      return new UploadListing(
          List.copyOf(uploads), List.copyOf(prefixes), truncated, lastKey, lastUploadId);
    }
  }
}
