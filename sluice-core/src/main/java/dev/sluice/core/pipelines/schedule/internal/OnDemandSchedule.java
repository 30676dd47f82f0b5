package dev.sluice.core.pipelines.schedule.internal;

import dev.sluice.core.pipelines.schedule.Period;
import dev.sluice.core.pipelines.schedule.Schedule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An on-demand schedule: one period per activation, starting (and, as Sluice reads it, ending) at
 * the activation and due at once.
 */
public record OnDemandSchedule(Instant activation) implements Schedule {

  @Override
  public List<Period> due(Instant now) {
    return now.isBefore(activation)
        ? List.of()
        : List.of(new Period(activation, activation, activation));
  }

  @Override
  public Optional<Instant> nextDue(Instant now) {
    return now.isBefore(activation) ? Optional.of(activation) : Optional.empty();
  }

  @Override
  public boolean onDemand() {
    return true;
  }
}
