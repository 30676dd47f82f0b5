package dev.sluice.runtime.jobs.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs python3 code with Sluice's awsglue library on its path, for tests. */
record PythonRun(int exitCode, String output) {

  static PythonRun of(Path lib, String code, String... argv) {
    var command = new java.util.ArrayList<>(java.util.List.of("python3", "-c", code));
    command.addAll(java.util.List.of(argv));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PYTHONPATH", lib.toString());
    try {
      var process = builder.start();
      var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("python3 did not end");
      }
      return new PythonRun(process.exitValue(), output.strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The last line of the output (a traceback's exception line). */
  String lastLine() {
    var lines = output.lines().toList();
    return lines.get(lines.size() - 1);
  }
}
