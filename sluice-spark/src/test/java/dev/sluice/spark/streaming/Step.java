package dev.sluice.spark.streaming;

import dev.sluice.spark.streaming.internal.JobLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A streaming step under test: its files in a temporary directory, run on {@link SharedSpark}. */
final class Step {

  private final Path dir;
  private final List<JobSpec.InputFile> inputs = new ArrayList<>();
  private final List<String> files = new ArrayList<>();
  private final List<JobSpec.CacheFile> cacheFiles = new ArrayList<>();
  private final Map<String, String> conf = new LinkedHashMap<>();
  private final Map<String, String> cmdenv = new LinkedHashMap<>();
  private String mapper = "cat";
  private String reducer;
  private String combiner;
  private Integer reduces;
  private String log = "";

  private Step(Path dir) {
    this.dir = dir;
  }

  static Step in(Path dir) {
    return new Step(dir);
  }

  Path dir() {
    return dir;
  }

  Path output() {
    return dir.resolve("output");
  }

  /** Writes an input file and reads it in the step. */
  Step input(String name, String content) {
    return input(write(name, content));
  }

  Step input(Path file) {
    inputs.add(new JobSpec.InputFile(file.toString(), size(file)));
    return this;
  }

  /** Writes a script (executable or not) into the step's directory; returns its path. */
  Path script(String name, String content, boolean executable) {
    Path file = write("scripts/" + name, content);
    try {
      Files.setPosixFilePermissions(
          file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A test resource, copied into the step's directory. */
  Path resource(String name) {
    try (var in = Step.class.getResourceAsStream("/" + name)) {
      return write("scripts/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(String name, String content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Step mapper(String command) {
    this.mapper = command;
    return this;
  }

  Step reducer(String command) {
    this.reducer = command;
    return this;
  }

  Step combiner(String command) {
    this.combiner = command;
    return this;
  }

  Step reduces(int count) {
    this.reduces = count;
    return this;
  }

  Step file(Path file) {
    files.add(file.toString());
    return this;
  }

  Step cacheFile(Path file, String link) {
    cacheFiles.add(new JobSpec.CacheFile(file.toString(), link));
    return this;
  }

  Step conf(String name, String value) {
    conf.put(name, value);
    return this;
  }

  Step cmdenv(String name, String value) {
    cmdenv.put(name, value);
    return this;
  }

  JobSpec spec() {
    return new JobSpec(
        inputs,
        output().toString(),
        mapper,
        reducer,
        combiner,
        reduces,
        files,
        cacheFiles,
        conf,
        cmdenv,
        dir.resolve("work").toString(),
        dir.resolve("result.json").toString());
  }

  JobResult run() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      JobResult result = new StreamingJob(SharedSpark.context(), new JobLog(print)).run(spec());
      log = out.toString(StandardCharsets.UTF_8);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the job printed. */
  String log() {
    return log;
  }

  /** The names in the output directory, sorted. */
  List<String> outputNames() {
    try (Stream<Path> list = Files.list(output())) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of one part file. */
  List<String> part(int index) {
    try {
      return Files.readAllLines(output().resolve(String.format("part-%05d", index)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every part file's lines, in part order. */
  List<String> outputLines() {
    return outputNames().stream()
        .filter(name -> name.startsWith("part-"))
        .flatMap(name -> part(Integer.parseInt(name.substring(5))).stream())
        .toList();
  }

  private static Long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
