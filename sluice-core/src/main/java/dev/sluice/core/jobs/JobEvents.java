package dev.sluice.core.jobs;

/**
 * The outbox events that drive job runs: service {@value #SERVICE}, target the job name, type
 * {@value #RUN}, payload the run id. StartJobRun commits the STARTING run with its event; the
 * runner's delivery runs it.
 */
public final class JobEvents {
  public static final String SERVICE = "glue";
  public static final String RUN = "RunJob";

  private JobEvents() {}
}
