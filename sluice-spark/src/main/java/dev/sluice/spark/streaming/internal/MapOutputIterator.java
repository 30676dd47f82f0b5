package dev.sluice.spark.streaming.internal;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

/**
 * Pulls a map task's records for Spark's shuffle writer: each {@link #hasNext} that finds the queue
 * empty pumps the mapper once more; at the mapper's end the tail (a combiner's last output) is
 * added, the task's counters are counted, and the task's resources are released.
 */
final class MapOutputIterator implements Iterator<Tuple2<byte[], byte[]>> {

  /** What runs once the mapper has finished, before the last records are pulled. */
  @FunctionalInterface
  interface Tail {
    void run() throws IOException;
  }

  private final MapRun run;
  private final ShuffleQueue queue;
  private final Tail tail;
  private final Runnable onSuccess;
  private final TaskIds ids;
  private boolean done;

  MapOutputIterator(MapRun run, ShuffleQueue queue, Tail tail, Runnable onSuccess, TaskIds ids) {
    this.run = run;
    this.queue = queue;
    this.tail = tail;
    this.onSuccess = onSuccess;
    this.ids = ids;
    TaskContext context = TaskContext.get();
    if (context != null) {
      context.addTaskCompletionListener(
          (TaskCompletionListener) ignored -> TaskFailures.closeQuietly(run));
    }
  }

  @Override
  public boolean hasNext() {
    while (queue.isEmpty() && !done) {
      step();
    }
    return !queue.isEmpty();
  }

  @Override
  public Tuple2<byte[], byte[]> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return queue.poll();
  }

  private void step() {
    try {
      if (!run.pump()) {
        tail.run();
        done = true;
        run.close();
        onSuccess.run();
      }
    } catch (IOException | InterruptedException e) {
      done = true;
      StreamingTaskException failure = TaskFailures.of(ids, e);
      TaskFailures.closeAfterFailure(run, failure);
      throw failure;
    } catch (RuntimeException e) {
      done = true;
      RuntimeException failure = TaskFailures.isBadRecord(e) ? TaskFailures.ofBadRecord(ids, e) : e;
      TaskFailures.closeAfterFailure(run, failure);
      throw failure;
    }
  }
}
