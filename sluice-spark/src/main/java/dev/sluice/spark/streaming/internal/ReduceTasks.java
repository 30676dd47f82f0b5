package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.io.PartWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import scala.Tuple2;

/** Reduce tasks, one per partition: Spark hands each its records sorted by key. */
public final class ReduceTasks {

  private ReduceTasks() {}

  public static Iterator<PartResult> reduce(
      JobPlan plan, int partition, Iterator<Tuple2<byte[], byte[]>> records, JobCounters counters) {
    TaskIds ids = TaskIds.of(plan, false, partition);
    TaskCounts counts = new TaskCounts();
    Path file = ids.partFile(plan);
    GroupCounter input = new GroupCounter(records);
    PartWriter writer;
    try {
      writer = new PartWriter(file, plan.outputSeparator());
      try (writer) {
        switch (plan.reducer()) {
          case Program.Aggregate aggregate -> AggregateReduce.run(plan, input, writer);
          case Program.Identity identity -> identity(input, writer);
          case Program.Cat cat -> CatReduce.run(plan, input, writer);
          case Program.Command command ->
              CommandReduce.run(plan, command, ids, input, writer, counts);
        }
      }
    } catch (IOException | InterruptedException e) {
      throw TaskFailures.of(ids, e);
    } catch (RuntimeException e) {
      throw TaskFailures.isBadRecord(e) ? TaskFailures.ofBadRecord(ids, e) : e;
    }
    counts.add(Counter.REDUCE_INPUT_GROUPS, input.groups());
    counts.add(Counter.REDUCE_INPUT_RECORDS, input.records());
    counts.add(Counter.REDUCE_OUTPUT_RECORDS, writer.records());
    counts.add(Counter.BYTES_WRITTEN, writer.bytes());
    counters.add(counts);
    return List.of(
            new PartResult(ids.partName(), file.toString(), writer.records(), writer.bytes()))
        .iterator();
  }

  private static void identity(GroupCounter input, PartWriter writer) throws IOException {
    while (input.hasNext()) {
      Tuple2<byte[], byte[]> record = input.next();
      writer.write(record._1(), record._2());
    }
  }
}
