package dev.sluice.store.pipelinework;

import dev.sluice.core.pipelines.work.ShellRunner;
import dev.sluice.core.pipelines.work.WorkContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A real shell for the tests: {@code /bin/sh -c}, killed when the thread is interrupted. */
final class ProcessShellRunner implements ShellRunner {
  private final Path scratch;

  /** {@code scratch} holds the captured output, outside any work directory. */
  ProcessShellRunner(Path scratch) {
    this.scratch = scratch;
  }

  @Override
  public ShellResult run(
      String command,
      List<String> arguments,
      Map<String, String> environment,
      WorkContext context) {
    var line = new ArrayList<>(List.of("/bin/sh", "-c", command, "sh"));
    line.addAll(arguments);
    try {
      Path out = Files.createTempFile(scratch, "stdout", "");
      Path err = Files.createTempFile(scratch, "stderr", "");
      var builder =
          new ProcessBuilder(line)
              .directory(context.workDir().toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      try {
        long limit = context.timeout() == null ? Long.MAX_VALUE : context.timeout().toMillis();
        boolean ended = process.waitFor(limit, TimeUnit.MILLISECONDS);
        if (!ended) {
          process.destroyForcibly().waitFor();
        }
        return new ShellResult(
            process.exitValue(), Files.readString(out), Files.readString(err), !ended);
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        return new ShellResult(-1, "", "", false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
