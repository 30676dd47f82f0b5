package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.core.result.Result;
import dev.sluice.runtime.steps.internal.ChildProcess;
import dev.sluice.runtime.steps.internal.Deadline;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Starts a run's command under Sluice's Python guard ({@link GluePythonLibrary}), in the run's
 * directory with exactly {@code environment}, its output going to the run's log; {@code what} names
 * it in the log.
 */
public final class GuardedProcess {

  private static final int TAIL_BYTES = 8192;

  private GuardedProcess() {}

  public static Result<RunningJob> start(
      JobWork work,
      PythonSetup setup,
      List<String> command,
      Map<String, String> environment,
      String what) {
    var python = work.settings().python();
    var builder =
        new ProcessBuilder(setup.library().guarded(python, command)).directory(work.dir().toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    var log = work.log();
    ChildProcess child;
    try {
      child = ChildProcess.start(builder, TAIL_BYTES, log::out, log::err);
    } catch (IOException e) {
      return StartFailure.err("Cannot start " + python + ": " + e.getMessage());
    }
    log.note("Sluice: started " + what);
    return Result.ok(
        JobProcess.watch(
            work,
            new JobProcess.Started() {
              @Override
              public int awaitExit() {
                return child.await(Deadline.NONE, log::flushIfDue).exitCode();
              }

              @Override
              public void kill() {
                child.kill();
              }
            }));
  }
}
