package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.JobSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The job-wide part of a task's environment: Hadoop streaming exports the job configuration with
 * every character that is not a letter or digit replaced by '_' ({@code mapreduce_job_reduces}).
 */
final class JobEnvironment {

  private JobEnvironment() {}

  static Map<String, String> of(
      JobSpec spec, HadoopConf conf, String jobId, int maps, int reduces) {
    Map<String, String> env = new HashMap<>();
    conf.values().forEach((name, value) -> env.put(safeName(name), value));
    String inputs =
        spec.inputs().stream().map(i -> "file:" + i.path()).collect(Collectors.joining(","));
    put(env, jobId, "mapreduce.job.id", "mapred.job.id");
    put(env, Integer.toString(maps), "mapreduce.job.maps", "mapred.map.tasks");
    put(env, Integer.toString(reduces), "mapreduce.job.reduces", "mapred.reduce.tasks");
    put(env, inputs, "mapreduce.input.fileinputformat.inputdir", "mapred.input.dir");
    put(
        env,
        "file:" + spec.output(),
        "mapreduce.output.fileoutputformat.outputdir",
        "mapred.output.dir");
    put(env, System.getProperty("user.name", ""), "mapreduce.job.user.name", "user.name");
    return env;
  }

  static void put(Map<String, String> env, String value, String... names) {
    for (String name : names) {
      env.put(safeName(name), value);
    }
  }

  static String safeName(String name) {
    StringBuilder safe = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      boolean plain = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      safe.append(plain ? c : '_');
    }
    return safe.toString();
  }
}
