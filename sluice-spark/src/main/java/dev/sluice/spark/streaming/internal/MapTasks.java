package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.aggregate.AggregateTable;
import dev.sluice.spark.streaming.internal.io.InputSplit;
import dev.sluice.spark.streaming.internal.io.PartWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import scala.Tuple2;

/** Map tasks, one per split: Spark calls these with the split of its partition. */
public final class MapTasks {

  private MapTasks() {}

  /** A map-only job's task: the mapper's records go straight into part-NNNNN. */
  public static Iterator<PartResult> mapOnly(
      JobPlan plan, int index, InputSplit split, JobCounters counters) {
    TaskIds ids = TaskIds.of(plan, true, index);
    TaskCounts counts = new TaskCounts();
    java.nio.file.Path file = ids.partFile(plan);
    PartWriter writer;
    try {
      writer = new PartWriter(file, plan.outputSeparator());
      try (writer;
          MapRun run = MapRun.start(plan, split, ids, writer, counts)) {
        while (run.pump()) {
          // the writer takes every record
        }
      }
    } catch (IOException | InterruptedException e) {
      throw TaskFailures.of(ids, e);
    }
    counts.add(Counter.BYTES_WRITTEN, writer.bytes());
    counters.add(counts);
    return List.of(
            new PartResult(ids.partName(), file.toString(), writer.records(), writer.bytes()))
        .iterator();
  }

  /** A map task of a job with reducers: its (combined) records, pulled into the shuffle. */
  public static Iterator<Tuple2<byte[], byte[]>> toShuffle(
      JobPlan plan, int index, InputSplit split, JobCounters counters) {
    TaskIds ids = TaskIds.of(plan, true, index);
    TaskCounts counts = new TaskCounts();
    ShuffleQueue queue = new ShuffleQueue();
    try {
      return switch (plan.combiner()) {
        case null ->
            pull(
                MapRun.start(plan, split, ids, queue, counts),
                queue,
                () -> {},
                counts,
                counters,
                ids);
        case Program.Aggregate aggregate -> {
          AggregateTable table = new AggregateTable(plan.uniqueLimit());
          MapRun run = MapRun.start(plan, split, ids, table, counts);
          yield pull(run, queue, () -> emit(table, run, queue, counts), counts, counters, ids);
        }
        case Program.Command command -> {
          CombineBuffer buffer = new CombineBuffer(plan, command, ids, split, queue, counts);
          MapRun run = MapRun.start(plan, split, ids, buffer, counts);
          yield pull(run, queue, buffer::flush, counts, counters, ids);
        }
        default -> throw new IllegalStateException("combiner " + plan.combiner());
      };
    } catch (IOException e) {
      throw TaskFailures.of(ids, e);
    }
  }

  private static Iterator<Tuple2<byte[], byte[]>> pull(
      MapRun run,
      ShuffleQueue queue,
      MapOutputIterator.Tail tail,
      TaskCounts counts,
      JobCounters counters,
      TaskIds ids) {
    return new MapOutputIterator(run, queue, tail, () -> counters.add(counts), ids);
  }

  /** Hadoop's ValueAggregatorCombiner output: each key's combiner values. */
  private static void emit(
      AggregateTable table, MapRun run, ShuffleQueue queue, TaskCounts counts) {
    long[] emitted = {0};
    table.forEach(
        (key, aggregator) -> {
          for (String value : aggregator.combinerOutput()) {
            queue.add(key, value.getBytes(StandardCharsets.UTF_8));
            emitted[0]++;
          }
        });
    counts.add(Counter.COMBINE_INPUT_RECORDS, run.records());
    counts.add(Counter.COMBINE_OUTPUT_RECORDS, emitted[0]);
  }
}
