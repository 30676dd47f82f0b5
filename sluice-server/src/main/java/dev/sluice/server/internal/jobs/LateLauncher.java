package dev.sluice.server.internal.jobs;

import dev.sluice.core.jobs.run.JobLaunch;
import dev.sluice.core.jobs.run.JobLauncher;
import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.core.result.Result;
import java.util.function.Supplier;

/**
 * The launcher, made on the first run: jobs are given Sluice's endpoint, which is known only once
 * the server listens (after the wiring, before any request can start a run).
 */
final class LateLauncher implements JobLauncher {
  private final Supplier<JobLauncher> factory;
  private volatile JobLauncher made;

  LateLauncher(Supplier<JobLauncher> factory) {
    this.factory = factory;
  }

  @Override
  public Result<RunningJob> start(JobLaunch launch) {
    var launcher = made;
    if (launcher == null) {
      synchronized (this) {
        if (made == null) {
          made = factory.get();
        }
        launcher = made;
      }
    }
    return launcher.start(launch);
  }
}
