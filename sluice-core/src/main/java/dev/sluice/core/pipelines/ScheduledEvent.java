package dev.sluice.core.pipelines;

import dev.sluice.core.events.NewEvent;
import java.time.Instant;

/** An outbox event committed with a pipeline change, due at {@code due} (not before). */
public record ScheduledEvent(NewEvent event, Instant due) {}
