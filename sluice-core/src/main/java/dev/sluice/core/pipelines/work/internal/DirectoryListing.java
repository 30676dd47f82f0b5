package dev.sluice.core.pipelines.work.internal;

import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.ObjectListing;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects under a directory as Hadoop's S3 file systems read it ({@link #files}): every page of
 * the listing, in key order, without directory markers ({@code dir/}, {@code dir_$folder$}) and
 * without what Hadoop hides: a name starting with {@code _} or {@code .}, or anything inside such a
 * directory ({@code _temporary/...}).
 */
final class DirectoryListing {
  static final int PAGE = 1000;
  private static final String FOLDER_MARKER = "_$folder$";

  private DirectoryListing() {}

  static Result<List<ObjectRecord>> files(
      ObjectService objects, S3Location location, int pageSize) {
    var directory = location.asDirectory();
    return all(objects, location, pageSize)
        .map(
            records ->
                records.stream()
                    .filter(r -> visible(r.key().substring(directory.key().length())))
                    .toList());
  }

  /** Every object under the directory, hidden ones and markers too, in key order. */
  static Result<List<ObjectRecord>> all(ObjectService objects, S3Location location, int pageSize) {
    var directory = location.asDirectory();
    var files = new ArrayList<ObjectRecord>();
    String after = null;
    while (true) {
      Result<ObjectListing> page =
          objects.listObjects(
              new ListObjectsInput(directory.bucket(), directory.key(), null, after, pageSize));
      if (!page.isOk()) {
        return Result.err(page.failure());
      }
      files.addAll(page.value().contents());
      if (!page.value().truncated() || page.value().last() == null) {
        return Result.ok(files);
      }
      after = page.value().last();
    }
  }

  /** True for a file Hadoop lists, given its path relative to the directory. */
  static boolean visible(String relative) {
    if (relative.isEmpty() || relative.endsWith("/") || relative.endsWith(FOLDER_MARKER)) {
      return false;
    }
    for (String segment : relative.split("/")) {
      if (segment.startsWith("_") || segment.startsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
