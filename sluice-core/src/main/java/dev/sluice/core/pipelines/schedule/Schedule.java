package dev.sluice.core.pipelines.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** When an object's instances are due, on Sluice's clock. */
public interface Schedule {

  /** Every period whose run time is at or before {@code now}, oldest first. */
  List<Period> due(Instant now);

  /** The run time of the first period not yet due at {@code now}; empty when none is left. */
  Optional<Instant> nextDue(Instant now);

  /** True for {@code scheduleType: ondemand}: one period, at activation. */
  boolean onDemand();
}
