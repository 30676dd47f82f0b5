package dev.sluice.core.pipelines.schedule.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * A pipeline's {@code scheduleType}: instances at the start of each period (cron), at its end
 * (timeseries), or once per activation (ondemand).
 */
public enum ScheduleType {
  CRON,
  TIMESERIES,
  ONDEMAND;

  /**
   * What an object without a {@code scheduleType} (on itself or on Default) gets: time series, Data
   * Pipeline's original scheduling, which cron style was added beside.
   */
  public static final ScheduleType UNSET = TIMESERIES;

  public static Optional<ScheduleType> parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "cron" -> Optional.of(CRON);
      case "timeseries" -> Optional.of(TIMESERIES);
      case "ondemand" -> Optional.of(ONDEMAND);
      default -> Optional.empty();
    };
  }
}
