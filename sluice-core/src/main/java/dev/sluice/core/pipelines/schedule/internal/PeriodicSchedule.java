package dev.sluice.core.pipelines.schedule.internal;

import dev.sluice.core.pipelines.schedule.Period;
import dev.sluice.core.pipelines.schedule.Schedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Periods of length {@code every} from {@code start}, each computed from the start (a monthly
 * schedule from January 31 has periods starting on the last days of February and March 31), until
 * {@code end} (periods starting before it) or for {@code occurrences} periods, or for ever when
 * both are null. A period runs at its start, or at its end when {@code runAtEnd} (time series
 * style).
 */
public record PeriodicSchedule(
    Instant start, Every every, Instant end, Long occurrences, boolean runAtEnd)
    implements Schedule {

  @Override
  public List<Period> due(Instant now) {
    var due = new ArrayList<Period>();
    for (long index = 0; exists(index); index++) {
      var period = period(index);
      if (period.runAt().isAfter(now)) {
        break;
      }
      due.add(period);
    }
    return due;
  }

  @Override
  public Optional<Instant> nextDue(Instant now) {
    for (long index = 0; exists(index); index++) {
      var runAt = period(index).runAt();
      if (runAt.isAfter(now)) {
        return Optional.of(runAt);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean onDemand() {
    return false;
  }

  private boolean exists(long index) {
    return (occurrences == null || index < occurrences)
        && (end == null || every.after(start, index).isBefore(end));
  }

  private Period period(long index) {
    var from = every.after(start, index);
    var to = every.after(start, index + 1);
    return new Period(from, to, runAtEnd ? to : from);
  }
}
