package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ByteRange;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;

/** The bytes of an object a read answers with: a range, a part, or everything. */
record ReadWindow(long first, long length, boolean partial) {

  static Result<ReadWindow> ofRange(ByteRange range, long size) {
    return switch (range) {
      case null -> Result.ok(new ReadWindow(0, size, false));
      case ByteRange.FromTo r when r.last() != null && r.last() < r.first() ->
          Result.ok(new ReadWindow(0, size, false));
      case ByteRange.FromTo r when r.first() >= size ->
          Result.err(S3Failures.invalidRange(describe(r), size));
      case ByteRange.FromTo r -> {
        long last = r.last() == null ? size - 1 : Math.min(r.last(), size - 1);
        yield Result.ok(new ReadWindow(r.first(), last - r.first() + 1, true));
      }
      case ByteRange.Suffix s when s.length() == 0 || size == 0 ->
          Result.err(S3Failures.invalidRange(describe(s), size));
      case ByteRange.Suffix s -> {
        long length = Math.min(s.length(), size);
        yield Result.ok(new ReadWindow(size - length, length, true));
      }
    };
  }

  /** Part {@code partNumber} of the object; a single-part object has exactly one part. */
  static Result<ReadWindow> ofPart(int partNumber, ObjectRecord record) {
    int count = Math.max(1, record.partsCount());
    if (partNumber > count) {
      return Result.err(S3Failures.invalidPartNumber(partNumber, count));
    }
    if (record.partsCount() <= 1) {
      return Result.ok(new ReadWindow(0, record.size(), record.size() > 0));
    }
    if (record.partSizes().size() != record.partsCount()) {
      return Result.err(S3Failures.internalError());
    }
    long first = 0;
    for (int i = 0; i < partNumber - 1; i++) {
      first += record.partSizes().get(i);
    }
    return Result.ok(new ReadWindow(first, record.partSizes().get(partNumber - 1), true));
  }

  /** The Range header as the client sent it, for InvalidRange's details. */
  static String describe(ByteRange range) {
    return switch (range) {
      case ByteRange.FromTo r -> "bytes=" + r.first() + "-" + (r.last() == null ? "" : r.last());
      case ByteRange.Suffix s -> "bytes=-" + s.length();
    };
  }
}
