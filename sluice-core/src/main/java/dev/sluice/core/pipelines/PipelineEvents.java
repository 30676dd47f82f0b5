package dev.sluice.core.pipelines;

/**
 * The outbox events that drive pipeline runs: service {@code datapipeline}, target the pipeline id.
 * {@link #ADVANCE} asks the runner to look at the pipeline again (new periods, instances whose
 * dependencies ended, retries due); {@link #RUN_ATTEMPT} runs one attempt (payload: the attempt's
 * id and the generation).
 */
public final class PipelineEvents {
  public static final String SERVICE = "datapipeline";
  public static final String ADVANCE = "Advance";
  public static final String RUN_ATTEMPT = "RunAttempt";

  private PipelineEvents() {}
}
