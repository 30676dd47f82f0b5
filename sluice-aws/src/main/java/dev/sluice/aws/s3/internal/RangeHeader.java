package dev.sluice.aws.s3.internal;

import dev.sluice.core.objects.ByteRange;
import dev.sluice.core.result.Result;
import java.util.regex.Pattern;

/** The {@code Range} header of GetObject and the {@code x-amz-copy-source-range} of copies. */
public final class RangeHeader {
  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");
  private static final Pattern COPY_RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

  private RangeHeader() {}

  /**
   * A single range ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}), or null: S3 ignores a
   * Range header it cannot parse, one with several ranges, and one whose last byte precedes its
   * first.
   */
  public static ByteRange parse(String header) {
    if (header == null) {
      return null;
    }
    var value = header.trim();
    if (value.regionMatches(true, 0, "bytes=", 0, 6)) {
      value = "bytes=" + value.substring(6).trim();
    }
    var m = SINGLE.matcher(value);
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return null;
    }
    try {
      if (m.group(1).isEmpty()) {
        return new ByteRange.Suffix(Long.parseLong(m.group(2)));
      }
      long first = Long.parseLong(m.group(1));
      Long last = m.group(2).isEmpty() ? null : Long.parseLong(m.group(2));
      return last != null && last < first ? null : new ByteRange.FromTo(first, last);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code bytes=first-last}, both given; anything else is InvalidArgument. */
  public static Result<ByteRange> parseCopySourceRange(String header) {
    var m = header == null ? null : COPY_RANGE.matcher(header.trim());
    if (m != null && m.matches()) {
      try {
        long first = Long.parseLong(m.group(1));
        long last = Long.parseLong(m.group(2));
        if (first <= last) {
          return Result.ok(new ByteRange.FromTo(first, last));
        }
      } catch (NumberFormatException e) {
        // too large: invalid like any other malformed range
      }
    }
    return Result.err(
        S3Errors.invalidArgument(
            "The x-amz-copy-source-range value must be of the form bytes=first-last where first"
                + " and last are the zero-based offsets of the first and last bytes to copy",
            "x-amz-copy-source-range",
            header));
  }
}
