package dev.sluice.spark.streaming.internal;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Logs {@code map N% reduce M%} as tasks finish, as Hadoop's job client does. */
public final class ProgressListener extends SparkListener {

  private final JobLog log;
  private final boolean mapOnly;
  private final int maps;
  private final int reduces;
  private int mapsDone;
  private int reducesDone;
  private String last = "";

  public ProgressListener(JobLog log, JobPlan plan) {
    this.log = log;
    this.mapOnly = plan.mapOnly();
    this.maps = plan.mapTasks();
    this.reduces = plan.reduceTasks();
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    if (!end.taskInfo().successful()) {
      return;
    }
    if (mapOnly || "ShuffleMapTask".equals(end.taskType())) {
      mapsDone++;
    } else {
      reducesDone++;
    }
    report();
  }

  /** Logs the first line, {@code map 0% reduce 0%}. */
  public synchronized void report() {
    String line =
        " map " + percent(mapsDone, maps) + "% reduce " + percent(reducesDone, reduces) + "%";
    if (!line.equals(last)) {
      last = line;
      log.info("mapreduce.Job", line);
    }
  }

  private static int percent(int done, int total) {
    return total == 0 ? (done == 0 ? 0 : 100) : Math.min(100, done * 100 / total);
  }
}
