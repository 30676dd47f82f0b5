package dev.sluice.store.pipelinework;

import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.StepRunner;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the steps it is given (and appends {@code step <jar>} to {@code log} in the work
 * directory, so their order among shell commands shows); a step whose jar is {@code failingJar}
 * fails.
 */
final class RecordingStepRunner implements StepRunner {
  record Call(EmrStep step, Map<String, String> resource, ObjectFiles objects) {}

  final List<Call> calls = new CopyOnWriteArrayList<>();
  private final String failingJar;

  RecordingStepRunner(String failingJar) {
    this.failingJar = failingJar;
  }

  @Override
  public WorkOutcome run(
      EmrStep step, Map<String, String> resource, ObjectFiles objects, WorkContext context) {
    calls.add(new Call(step, resource, objects));
    try {
      Files.writeString(
          context.workDir().resolve("log"),
          "step " + step.jar() + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return step.jar().equals(failingJar)
        ? WorkOutcome.failure("Step " + step.jar() + " failed", "mapper exited with 1")
        : WorkOutcome.success();
  }
}
