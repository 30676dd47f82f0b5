package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.run.AttemptWork;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs work in its own empty directory under the work root ({@code <root>/<pipelineId>/<object>},
 * emptied first if an earlier run left it), with the attempt's log stream and time limit. Work that
 * throws ends as a failure with the exception's message and stack trace.
 */
public final class WorkRunner {
  private final AttemptWork work;
  private final Path workRoot;

  public WorkRunner(AttemptWork work, Path workRoot) {
    this.work = work;
    this.workRoot = workRoot;
  }

  public WorkOutcome run(
      WorkItem item, String pipelineId, String objectId, String logStream, Duration timeout) {
    var dir = RunIds.workDir(workRoot, pipelineId, objectId);
    try {
      empty(dir);
    } catch (IOException e) {
      return WorkOutcome.failure("Could not prepare the working directory " + dir, e.toString());
    }
    var context =
        new WorkContext(pipelineId, objectId, dir, RunLog.group(pipelineId), logStream, timeout);
    try {
      return work.run(item, context);
    } catch (RuntimeException e) {
      return WorkOutcome.failure(String.valueOf(e.getMessage()), stackTrace(e));
    }
  }

  private static void empty(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(dir);
  }

  private static String stackTrace(Throwable e) {
    var out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
