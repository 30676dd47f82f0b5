package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.ObjectListing;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of keys and common prefixes in UTF-8 order. A common prefix costs one catalog query: the
 * listing continues past all of its keys instead of reading them.
 */
final class ListObjectsOperation {

  static final int MAX_PAGE = 1000;

  private final Backend backend;

  ListObjectsOperation(Backend backend) {
    this.backend = backend;
  }

  Result<ObjectListing> list(ListObjectsInput in) {
    var bucket = backend.bucket(in.bucket());
    if (!bucket.isOk()) {
      return Result.err(bucket.failure());
    }
    int max = Math.clamp(in.maxKeys(), 0, MAX_PAGE);
    var delimiting = new Delimiting(in.prefix(), in.delimiter(), backend.limits().maxKeyBytes());
    return Result.ok(max == 0 ? empty() : new Page(delimiting, max).fill(in));
  }

  private static ObjectListing empty() {
    return new ObjectListing(List.of(), List.of(), false, null);
  }

  /** One page being filled. */
  private final class Page {
    private final Delimiting delimiting;
    private final int max;
    private final List<ObjectRecord> contents = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private String last;

    Page(Delimiting delimiting, int max) {
      this.delimiting = delimiting;
      this.max = max;
    }

    ObjectListing fill(ListObjectsInput in) {
      String cursor = delimiting.after(in.startAfter());
      var window = new ScanWindow(delimiting.delimiter() != null);
      while (true) {
        int limit = window.next(max - taken() + 1);
        var batch = backend.catalog().listObjects(in.bucket(), delimiting.prefix(), cursor, limit);
        boolean rolledUp = false;
        for (var record : batch) {
          if (taken() == max) {
            return listing(true);
          }
          String common = delimiting.commonPrefix(record.key());
          if (common == null) {
            contents.add(record);
            last = record.key();
          } else {
            prefixes.add(common);
            last = common;
            rolledUp = true;
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
        cursor = delimiting.after(last);
      }
    }

    private int taken() {
      return contents.size() + prefixes.size();
    }

    private ObjectListing listing(boolean truncated) {
      return new ObjectListing(List.copyOf(contents), List.copyOf(prefixes), truncated, last);
    }
  }
}
