package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/** A Python shell job: {@code python3 script.py --name value ...}, the script fetched first. */
public final class PythonShellJob {

  private PythonShellJob() {}

  public static Result<RunningJob> start(JobWork work, GluePythonLibrary.Installed library) {
    var script = work.fetchScript();
    if (!script.isOk()) {
      return Result.err(script.failure());
    }
    return PythonSetup.prepare(work, library)
        .flatMap(
            setup -> {
              var command =
                  new ArrayList<>(List.of(work.settings().python(), script.value().toString()));
              command.addAll(work.arguments().flattened());
              var environment = JobEnvironment.python(work.settings(), setup.pythonPath());
              var what = work.settings().python() + " " + script.value().getFileName();
              return GuardedProcess.start(work, setup, command, environment, what);
            });
  }
}
