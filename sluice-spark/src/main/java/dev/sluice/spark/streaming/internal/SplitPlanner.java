package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.io.InputSplit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits input files as Hadoop's (old API) FileInputFormat does for streaming: a goal size of total
 * / {@code mapreduce.job.maps} (default 2), capped by the block size ({@code fs.local.block.size},
 * 32 MiB) and at least {@code mapreduce.input.fileinputformat.split.minsize}; the last split of a
 * file may be up to 10% larger; gzip files are not split; an empty file is one empty split. Splits
 * are ordered largest first, as Hadoop numbers its map tasks.
 */
public final class SplitPlanner {

  private static final double SPLIT_SLOP = 1.1;

  private final long goalSize;
  private final long minSize;
  private final long blockSize;

  private SplitPlanner(long goalSize, long minSize, long blockSize) {
    this.goalSize = goalSize;
    this.minSize = minSize;
    this.blockSize = blockSize;
  }

  public record SizedFile(Path path, long size) {}

  public static List<InputSplit> plan(List<SizedFile> files, HadoopConf conf) {
    long total = files.stream().mapToLong(SizedFile::size).sum();
    int maps = conf.getInt("mapreduce.job.maps", 2, "mapred.map.tasks");
    long minSize =
        Math.max(
            1,
            conf.getLong(
                "mapreduce.input.fileinputformat.split.minsize", 1, "mapred.min.split.size"));
    long blockSize = conf.getLong("fs.local.block.size", 32L << 20);
    SplitPlanner planner = new SplitPlanner(total / Math.max(1, maps), minSize, blockSize);
    List<InputSplit> splits = new ArrayList<>();
    files.forEach(file -> planner.split(file, splits));
    splits.sort(Comparator.comparingLong(InputSplit::length).reversed());
    return splits;
  }

  private void split(SizedFile file, List<InputSplit> into) {
    String path = file.path().toString();
    long length = file.size();
    if (isCompressed(path)) {
      into.add(new InputSplit(path, 0, length, true));
      return;
    }
    if (length == 0) {
      into.add(new InputSplit(path, 0, 0, false));
      return;
    }
    long splitSize = Math.max(minSize, Math.min(goalSize, blockSize));
    long remaining = length;
    while ((double) remaining / splitSize > SPLIT_SLOP) {
      into.add(new InputSplit(path, length - remaining, splitSize, false));
      remaining -= splitSize;
    }
    into.add(new InputSplit(path, length - remaining, remaining, false));
  }

  static boolean isCompressed(String path) {
    return path.endsWith(".gz");
  }
}
