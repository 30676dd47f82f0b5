package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.JobSpec;
import dev.sluice.spark.streaming.internal.SplitPlanner.SizedFile;
import dev.sluice.spark.streaming.internal.io.InputSplit;
import dev.sluice.spark.streaming.internal.io.KeyValueFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Checks a step the way Hadoop does at submission and decides how its tasks run. */
public final class JobPlanner {

  /** A planned job, or the reason Hadoop would refuse to submit it. */
  public sealed interface Outcome {
    record Planned(JobPlan plan, List<InputSplit> splits) implements Outcome {}

    record Refused(String message) implements Outcome {}
  }

  private JobPlanner() {}

  public static Outcome plan(JobSpec spec, String jobId, Path workDir) throws IOException {
    List<TaskFile> files = taskFiles(spec);
    Optional<String> problem = problem(spec, files);
    if (problem.isPresent()) {
      return new Outcome.Refused(problem.get());
    }
    List<SizedFile> inputs = new ArrayList<>();
    for (JobSpec.InputFile input : spec.inputs()) {
      Path path = Path.of(input.path());
      if (!Files.exists(path)) {
        return new Outcome.Refused("Input path does not exist: file:" + path);
      }
      inputs.addAll(listInput(path));
    }
    HadoopConf conf = new HadoopConf(spec.conf());
    List<InputSplit> splits = SplitPlanner.plan(inputs, conf);
    int reduces = reduceTasks(spec, conf);
    Program reducer = Programs.reducer(spec.reducer(), files);
    Program combiner =
        reducer instanceof Program.Aggregate
            ? new Program.Aggregate()
            : Programs.combiner(spec.combiner(), files);
    JobPlan plan =
        new JobPlan(
            jobId,
            Programs.mapper(spec.mapper(), files),
            reduces == 0 ? null : combiner,
            reducer,
            splits.size(),
            reduces,
            format(conf, "stream.map.output.field.separator", "stream.num.map.output.key.fields"),
            format(
                conf,
                "stream.reduce.output.field.separator",
                "stream.num.reduce.output.key.fields"),
            bytes(conf.get("stream.reduce.input.field.separator", "\t")),
            bytes(
                conf.get(
                    "mapreduce.output.textoutputformat.separator",
                    "\t",
                    "mapred.textoutputformat.separator")),
            conf.getBoolean("stream.non.zero.exit.is.failure", true),
            conf.getLong("aggregate.max.num.unique.values", Long.MAX_VALUE),
            conf.get("stream.stderr.reporter.prefix", "reporter:"),
            files,
            JobEnvironment.of(spec, conf, jobId, splits.size(), reduces),
            spec.cmdenv(),
            workDir.resolve("tasks").toString(),
            Path.of(spec.output()).resolve("_temporary/0/_temporary").toString());
    return new Outcome.Planned(plan, splits);
  }

  private static Optional<String> problem(JobSpec spec, List<TaskFile> files) {
    if (spec.mapper() == null || spec.mapper().isBlank()) {
      return Optional.of("Missing required option: mapper");
    }
    if (spec.inputs().isEmpty()) {
      return Optional.of("Missing required option: input");
    }
    if (spec.output() == null || spec.output().isBlank()) {
      return Optional.of("Missing required option: output");
    }
    if (Files.exists(Path.of(spec.output()))) {
      return Optional.of("Output directory " + spec.output() + " already exists");
    }
    if (spec.numReduceTasks() != null && spec.numReduceTasks() < 0) {
      return Optional.of("Invalid number of reduce tasks: " + spec.numReduceTasks());
    }
    for (TaskFile file : files) {
      if (!Files.isReadable(Path.of(file.source()))) {
        return Optional.of("File: " + file.source() + " does not exist, or is not readable.");
      }
    }
    return Programs.unsupported("mapper", spec.mapper(), files)
        .or(() -> Programs.unsupported("reducer", spec.reducer(), files))
        .or(() -> Programs.unsupported("combiner", spec.combiner(), files));
  }

  private static List<TaskFile> taskFiles(JobSpec spec) {
    List<TaskFile> files = new ArrayList<>();
    for (String file : spec.files()) {
      files.add(new TaskFile(file, Path.of(file).getFileName().toString()));
    }
    for (JobSpec.CacheFile cache : spec.cacheFiles()) {
      String name =
          cache.link() == null || cache.link().isBlank()
              ? Path.of(cache.path()).getFileName().toString()
              : cache.link();
      files.add(new TaskFile(cache.path(), name));
    }
    return files;
  }

  /** A file, or a directory's visible files (not starting with '_' or '.'), sorted by name. */
  private static List<SizedFile> listInput(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(new SizedFile(path, Files.size(path)));
    }
    List<SizedFile> files = new ArrayList<>();
    try (Stream<Path> children = Files.list(path)) {
      for (Path child : children.sorted().toList()) {
        String name = child.getFileName().toString();
        if (Files.isRegularFile(child) && !name.startsWith("_") && !name.startsWith(".")) {
          files.add(new SizedFile(child, Files.size(child)));
        }
      }
    }
    return files;
  }

  private static int reduceTasks(JobSpec spec, HadoopConf conf) {
    if ("NONE".equals(spec.reducer() == null ? null : spec.reducer().strip())) {
      return 0;
    }
    if (spec.numReduceTasks() != null) {
      return spec.numReduceTasks();
    }
    return conf.getInt("mapreduce.job.reduces", 1, "mapred.reduce.tasks");
  }

  private static KeyValueFormat format(HadoopConf conf, String separator, String keyFields) {
    return new KeyValueFormat(bytes(conf.get(separator, "\t")), conf.getInt(keyFields, 1));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
