package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.io.InputSplit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A task's whole environment: the inherited one, the job's configuration, the task's own properties
 * (new and deprecated names, as Hadoop sets both), {@code -cmdenv}, then {@code TMPDIR}.
 *
 * <p>{@code PYTHONUNBUFFERED} is not inherited: a YARN container does not get the submitting
 * shell's environment, and an unbuffered Python mapper makes one write per output line (several
 * times slower). {@code -cmdenv PYTHONUNBUFFERED=1} still sets it.
 */
final class TaskEnvironment {

  private static final Set<String> NOT_INHERITED = Set.of("PYTHONUNBUFFERED");

  private TaskEnvironment() {}

  static Map<String, String> forMap(
      JobPlan plan, TaskIds ids, InputSplit split, TaskDirectory dir) {
    Map<String, String> env = common(plan, ids);
    JobEnvironment.put(env, "file:" + split.path(), "mapreduce.map.input.file", "map.input.file");
    JobEnvironment.put(
        env, Long.toString(split.start()), "mapreduce.map.input.start", "map.input.start");
    JobEnvironment.put(
        env, Long.toString(split.length()), "mapreduce.map.input.length", "map.input.length");
    return finish(plan, env, dir);
  }

  static Map<String, String> forReduce(JobPlan plan, TaskIds ids, TaskDirectory dir) {
    return finish(plan, common(plan, ids), dir);
  }

  private static Map<String, String> common(JobPlan plan, TaskIds ids) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet().removeAll(NOT_INHERITED);
    env.putAll(plan.jobEnvironment());
    JobEnvironment.put(env, ids.attemptId(), "mapreduce.task.attempt.id", "mapred.task.id");
    JobEnvironment.put(env, ids.taskId(), "mapreduce.task.id", "mapred.tip.id");
    JobEnvironment.put(
        env,
        Integer.toString(ids.partition()),
        "mapreduce.task.partition",
        "mapred.task.partition");
    JobEnvironment.put(
        env, Boolean.toString(ids.map()), "mapreduce.task.ismap", "mapred.task.is.map");
    return env;
  }

  private static Map<String, String> finish(
      JobPlan plan, Map<String, String> env, TaskDirectory dir) {
    env.putAll(plan.cmdenv());
    env.put("TMPDIR", dir.tmp().toString());
    return env;
  }
}
