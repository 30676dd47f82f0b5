package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.io.OutputReader;
import dev.sluice.spark.streaming.internal.io.PartWriter;
import dev.sluice.spark.streaming.internal.io.RecordLines;
import dev.sluice.spark.streaming.internal.io.RecordSink;
import dev.sluice.spark.streaming.internal.process.PipedProcess;
import java.io.IOException;
import java.util.Iterator;
import scala.Tuple2;

/**
 * A reducer command: the task thread writes the sorted records to its stdin while another thread
 * reads its stdout into the part file. Like Hadoop, a reducer that got no records still runs, but
 * its output is dropped.
 */
final class CommandReduce {

  private CommandReduce() {}

  static void run(
      JobPlan plan,
      Program.Command command,
      TaskIds ids,
      Iterator<Tuple2<byte[], byte[]>> records,
      PartWriter writer,
      TaskCounts counts)
      throws IOException, InterruptedException {
    RecordSink sink = records.hasNext() ? writer : (b, ks, ke, vs, ve) -> {};
    try (TaskDirectory dir = TaskDirectory.create(plan, ids);
        PipedProcess process =
            Commands.start(plan, command, dir, TaskEnvironment.forReduce(plan, ids, dir), ids)) {
      OutputReader reader = new OutputReader(process.stdout(), plan.reduceOutput(), sink);
      IOException[] readFailure = {null};
      Thread output =
          Thread.ofPlatform()
              .daemon()
              .name(ids.attemptId() + "-stdout")
              .start(
                  () -> {
                    try {
                      reader.drain();
                    } catch (IOException e) {
                      readFailure[0] = e;
                    }
                  });
      try {
        feed(plan, records, process);
        Commands.finish(process, plan, ids, counts);
      } finally {
        output.join();
      }
      if (readFailure[0] != null) {
        throw readFailure[0];
      }
    }
  }

  private static void feed(
      JobPlan plan, Iterator<Tuple2<byte[], byte[]>> records, PipedProcess process) {
    RecordLines lines = new RecordLines(process.stdin(), plan.reduceInputSeparator());
    try {
      for (long n = 0; records.hasNext(); n++) {
        if ((n & 4095) == 0) {
          KillWatch.throwIfKilled();
        }
        Tuple2<byte[], byte[]> record = records.next();
        lines.write(record._1(), record._2());
      }
    } catch (IOException e) {
      process.inputFailed(e);
    }
  }
}
