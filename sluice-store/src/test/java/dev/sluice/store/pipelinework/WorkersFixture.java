package dev.sluice.store.pipelinework;

import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.Workers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/** Workers over real objects, a real shell and a recording step runner. */
abstract class WorkersFixture extends ObjectFilesFixture {
  protected final RecordingStepRunner steps = new RecordingStepRunner("s3://jars/fails.jar");
  protected Workers workers;
  protected WorkContext context;

  @BeforeEach
  void workers() throws IOException {
    Path scratch = Files.createDirectories(dataDir.resolve("scratch"));
    workers = new Workers(steps, new ProcessShellRunner(scratch), files);
    context = context(null);
  }

  /** A context with a fresh, empty work directory. */
  WorkContext context(Duration timeout) {
    try {
      Path workDir = Files.createTempDirectory(dataDir, "work");
      return new WorkContext("df-PIPE", "@A_Attempt=1", workDir, "group", "stream", timeout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
