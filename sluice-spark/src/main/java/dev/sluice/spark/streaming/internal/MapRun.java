package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.io.InputSplit;
import dev.sluice.spark.streaming.internal.io.KeyValueFormat;
import dev.sluice.spark.streaming.internal.io.OutputReader;
import dev.sluice.spark.streaming.internal.io.RecordSink;
import dev.sluice.spark.streaming.internal.io.SplitStream;
import dev.sluice.spark.streaming.internal.process.PipedProcess;
import java.io.IOException;

/**
 * One map task's mapper over its split, producing records a chunk at a time ({@link #pump}) so they
 * can be pushed to a sink or pulled by Spark. A command mapper gets the split's lines on stdin from
 * its own thread while the task thread reads its stdout; like Hadoop, the output of a mapper that
 * received no input at all is discarded.
 */
final class MapRun implements AutoCloseable {

  private final JobPlan plan;
  private final TaskIds ids;
  private final TaskCounts counts;
  private final SplitStream split;
  private final OutputReader reader;
  private final TaskDirectory dir;
  private final PipedProcess process;
  private final boolean discard;
  private boolean finished;

  private MapRun(
      JobPlan plan,
      TaskIds ids,
      TaskCounts counts,
      SplitStream split,
      OutputReader reader,
      TaskDirectory dir,
      PipedProcess process,
      boolean discard) {
    this.plan = plan;
    this.ids = ids;
    this.counts = counts;
    this.split = split;
    this.reader = reader;
    this.dir = dir;
    this.process = process;
    this.discard = discard;
  }

  static MapRun start(
      JobPlan plan, InputSplit inputSplit, TaskIds ids, RecordSink sink, TaskCounts counts)
      throws IOException {
    SplitStream split = SplitStream.open(inputSplit);
    boolean discard = split.isEmpty();
    RecordSink target = discard ? (b, ks, ke, vs, ve) -> {} : sink;
    return switch (plan.mapper()) {
      case Program.Cat cat ->
          new MapRun(
              plan,
              ids,
              counts,
              split,
              new OutputReader(split, plan.mapOutput(), target),
              null,
              null,
              discard);
      case Program.Identity identity ->
          new MapRun(
              plan,
              ids,
              counts,
              split,
              new OutputReader(
                  split,
                  KeyValueFormat.TAB_FIRST_FIELD,
                  new OffsetKeys(split.firstOffset(), target)),
              null,
              null,
              discard);
      case Program.Command command ->
          startCommand(plan, command, inputSplit, ids, counts, split, target, discard);
      case Program.Aggregate aggregate ->
          throw new IllegalStateException("aggregate is not a mapper");
    };
  }

  private static MapRun startCommand(
      JobPlan plan,
      Program.Command command,
      InputSplit inputSplit,
      TaskIds ids,
      TaskCounts counts,
      SplitStream split,
      RecordSink sink,
      boolean discard)
      throws IOException {
    TaskDirectory dir = TaskDirectory.create(plan, ids);
    PipedProcess process =
        Commands.start(plan, command, dir, TaskEnvironment.forMap(plan, ids, inputSplit, dir), ids);
    process.feed(split::copyTo);
    OutputReader reader = new OutputReader(process.stdout(), plan.mapOutput(), sink);
    return new MapRun(plan, ids, counts, split, reader, dir, process, discard);
  }

  /** Passes on the next chunk of the mapper's output; false once the mapper is done. */
  boolean pump() throws IOException, InterruptedException {
    if (finished) {
      return false;
    }
    KillWatch.throwIfKilled();
    if (reader.pump()) {
      return true;
    }
    finished = true;
    if (process != null) {
      Commands.finish(process, plan, ids, counts);
    }
    counts.add(Counter.MAP_INPUT_RECORDS, split.records());
    counts.add(Counter.BYTES_READ, split.bytesRead());
    counts.add(Counter.MAP_OUTPUT_RECORDS, discard ? 0 : reader.lines());
    return false;
  }

  /** The number of records passed on so far. */
  long records() {
    return discard ? 0 : reader.lines();
  }

  @Override
  public void close() throws IOException {
    if (process != null) {
      process.close();
    }
    split.close();
    if (dir != null) {
      dir.close();
    }
  }
}
