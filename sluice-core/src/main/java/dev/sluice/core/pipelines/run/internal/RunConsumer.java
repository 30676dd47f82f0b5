package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.result.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer of service {@code datapipeline}: ADVANCE and RUN_ATTEMPT events, target the
 * pipeline. Work that fails is an outcome recorded, not a failed delivery; only trouble with the
 * store (compare-and-set races lost too often) is answered with a failure, so the dispatcher
 * delivers again later. Events it cannot read are acknowledged with a warning.
 */
public final class RunConsumer implements EventConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(RunConsumer.class);

  private final Advancer advancer;
  private final AttemptRunner attempts;

  public RunConsumer(Advancer advancer, AttemptRunner attempts) {
    this.advancer = advancer;
    this.attempts = attempts;
  }

  @Override
  public String service() {
    return PipelineEvents.SERVICE;
  }

  @Override
  public Result<Void> deliver(OutboxEvent event) {
    try {
      return switch (event.type()) {
        case PipelineEvents.ADVANCE ->
            advancer.advance(event.target(), RunEvents.wake(event.payload()));
        case PipelineEvents.RUN_ATTEMPT ->
            attempts.run(event.target(), RunEvents.ticket(event.payload()));
        default -> {
          LOG.warn("Ignoring pipeline event {} of unknown type {}", event.id(), event.type());
          yield Result.ok(null);
        }
      };
    } catch (IllegalArgumentException e) {
      LOG.warn("Ignoring pipeline event {} that cannot be read: {}", event.id(), e.getMessage());
      return Result.ok(null);
    }
  }
}
