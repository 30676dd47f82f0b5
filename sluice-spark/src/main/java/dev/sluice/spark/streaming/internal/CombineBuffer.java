package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.io.InputSplit;
import dev.sluice.spark.streaming.internal.io.OutputReader;
import dev.sluice.spark.streaming.internal.io.RecordLines;
import dev.sluice.spark.streaming.internal.io.RecordSink;
import dev.sluice.spark.streaming.internal.process.PipedProcess;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import scala.Tuple2;

/**
 * A combiner command on the map side: map output is buffered up to a spill size (as Hadoop buffers
 * {@code mapreduce.task.io.sort.mb}), sorted by key, run through the combiner, and the combiner's
 * output goes on to the shuffle.
 */
final class CombineBuffer implements RecordSink {

  private static final long SPILL_BYTES = 24L << 20;
  private static final int RECORD_OVERHEAD = 64;

  private final JobPlan plan;
  private final Program.Command combiner;
  private final TaskIds ids;
  private final InputSplit split;
  private final ShuffleQueue downstream;
  private final TaskCounts counts;
  private final List<Tuple2<byte[], byte[]>> buffer = new ArrayList<>();
  private long buffered;
  private int spills;

  CombineBuffer(
      JobPlan plan,
      Program.Command combiner,
      TaskIds ids,
      InputSplit split,
      ShuffleQueue downstream,
      TaskCounts counts) {
    this.plan = plan;
    this.combiner = combiner;
    this.ids = ids;
    this.split = split;
    this.downstream = downstream;
    this.counts = counts;
  }

  @Override
  public void accept(byte[] buf, int keyStart, int keyEnd, int valueStart, int valueEnd)
      throws IOException {
    byte[] key = Arrays.copyOfRange(buf, keyStart, keyEnd);
    byte[] value = Arrays.copyOfRange(buf, valueStart, valueEnd);
    buffer.add(new Tuple2<>(key, value));
    buffered += key.length + value.length + RECORD_OVERHEAD;
    if (buffered >= SPILL_BYTES) {
      spill();
    }
  }

  /** Combines what is left. */
  void flush() throws IOException {
    if (!buffer.isEmpty()) {
      spill();
    }
  }

  private void spill() throws IOException {
    buffer.sort(Comparator.comparing(Tuple2::_1, UnsignedBytes.ORDER));
    List<Tuple2<byte[], byte[]>> records = List.copyOf(buffer);
    buffer.clear();
    buffered = 0;
    try (TaskDirectory dir = TaskDirectory.create(plan, ids.attemptId() + "_combine_" + spills++)) {
      PipedProcess process =
          Commands.start(plan, combiner, dir, TaskEnvironment.forMap(plan, ids, split, dir), ids);
      try (process) {
        process.feed(out -> write(records, out));
        OutputReader reader = new OutputReader(process.stdout(), plan.reduceOutput(), downstream);
        reader.drain();
        Commands.finish(process, plan, ids, counts);
        counts.add(Counter.COMBINE_INPUT_RECORDS, records.size());
        counts.add(Counter.COMBINE_OUTPUT_RECORDS, reader.lines());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while combining", e);
    }
  }

  private void write(List<Tuple2<byte[], byte[]>> records, java.io.OutputStream out)
      throws IOException {
    RecordLines lines = new RecordLines(out, plan.reduceInputSeparator());
    for (Tuple2<byte[], byte[]> record : records) {
      lines.write(record._1(), record._2());
    }
    out.flush();
  }
}
